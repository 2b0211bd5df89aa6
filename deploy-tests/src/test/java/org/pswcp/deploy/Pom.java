package org.pswcp.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A pom.xml of the repository, read as XML: its properties, profiles and dependencies (no Maven model). */
record Pom(Element project) {

    static Pom root() {
        return read("pom.xml");
    }

    static Pom of(String module) {
        return read(module + "/pom.xml");
    }

    private static Pom read(String relative) {
        try (InputStream in = Files.newInputStream(Repo.path(relative))) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Pom(factory.newDocumentBuilder().parse(in).getDocumentElement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(relative + " is not well-formed XML", e);
        }
    }

    String version() {
        return child(project, "version").getTextContent().trim();
    }

    /** The project's own properties (not its parent's). */
    Map<String, String> properties() {
        return properties(project);
    }

    /** The properties of the profile with that id. */
    Map<String, String> profileProperties(String id) {
        for (Element profile : children(child(project, "profiles"), "profile")) {
            if (id.equals(child(profile, "id").getTextContent().trim())) {
                return properties(profile);
            }
        }
        throw new AssertionError("pom.xml has no profile " + id);
    }

    /** groupId:artifactId of each dependency the project declares. */
    List<String> dependencies() {
        return children(child(project, "dependencies"), "dependency").stream()
                .map(d -> child(d, "groupId").getTextContent().trim() + ":"
                        + child(d, "artifactId").getTextContent().trim())
                .toList();
    }

    private static Map<String, String> properties(Element parent) {
        var properties = new LinkedHashMap<String, String>();
        Element element = child(parent, "properties");
        if (element != null) {
            for (Element property : children(element, null)) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        }
        return properties;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        var children = new ArrayList<Element>();
        if (parent == null) {
            return children;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getTagName()))) {
                children.add(e);
            }
        }
        return children;
    }
}
