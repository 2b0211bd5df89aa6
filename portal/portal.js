// Renders the developer portal: one view at a time, chosen by the URL's fragment. HTTP contracts are drawn by Redoc
// (vendored, no network); the event catalogue is drawn from the AsyncAPI documents and the event schemas.
(function () {
  'use strict';
  const services = ['framework-service', 'assessment-service', 'supervision-service'];
  const rendered = {};

  function json(url) {
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  function table(head, rows) {
    const t = el('table');
    const tr = el('tr');
    head.forEach((h) => tr.appendChild(el('th', h)));
    t.appendChild(tr);
    rows.forEach((row) => {
      const r = el('tr');
      row.forEach((cell) => r.appendChild(el('td', cell)));
      t.appendChild(r);
    });
    return t;
  }

  function typeOf(schema) {
    if (!schema) return '';
    if (schema.$ref) return schema.$ref.split('/').pop();
    const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type || '';
    const extra = [schema.format, schema.enum ? 'one of ' + schema.enum.filter((v) => v !== null).join(', ') : null]
      .filter(Boolean).join('; ');
    return extra ? type + ' (' + extra + ')' : type;
  }

  function renderContract(section) {
    const service = section.dataset.contract;
    if (rendered[service]) return;
    rendered[service] = true;
    json('contracts/' + service + '.json').then((spec) => {
      Redoc.init(spec, { hideDownloadButton: false, expandResponses: '200,201', jsonSampleExpandLevel: 3,
        scrollYOffset: 0 }, section, () => section.setAttribute('data-rendered', 'true'));
    });
  }

  function renderEvents() {
    if (rendered.events) return;
    rendered.events = true;
    const root = document.getElementById('catalogue');
    Promise.all([json('contracts/events/schemas.json')].concat(
      services.map((s) => json('contracts/events/' + s + '.asyncapi.json')))).then(([schemas, ...docs]) => {
      docs.forEach((doc, i) => {
        const service = services[i];
        root.appendChild(el('h3', service));
        root.appendChild(el('p', doc.info.description));
        const ops = Object.values(doc.operations).map((op) => {
          const channel = doc.channels[op.channel.$ref.split('/').pop()];
          return [op.action, channel.address, Object.keys(channel.messages).join(', '), op.summary || ''];
        });
        root.appendChild(table(['action', 'topic', 'messages', ''], ops));
        Object.values(doc.operations).filter((op) => op.action === 'send').forEach((op) => {
          const channel = doc.channels[op.channel.$ref.split('/').pop()];
          Object.keys(channel.messages).forEach((name) => {
            const message = doc.components.messages[name];
            if (!message.payload.schema) return;
            const type = message.payload.schema.$ref.replace('./schemas/', '').replace('.json', '');
            const schema = schemas[type];
            const box = el('div', null, { class: 'event', 'data-event-type': type });
            box.appendChild(el('h4', name + ' (' + type + ')'));
            box.appendChild(el('p', message.description));
            box.appendChild(el('p', 'Topic ' + channel.address + '. ' + message.bindings.kafka.key.description));
            box.appendChild(table(['field', 'type', 'required', 'description'],
              Object.entries(schema.properties).map(([field, s]) => [field, typeOf(s),
                (schema.required || []).includes(field) ? 'yes' : 'no', s.description || ''])));
            box.appendChild(el('p', 'Example (headers, then data):'));
            box.appendChild(el('pre', JSON.stringify(message.examples[0].headers, null, 2)));
            box.appendChild(el('pre', JSON.stringify(message.examples[0].payload, null, 2)));
            root.appendChild(box);
          });
        });
      });
      root.setAttribute('data-rendered', 'true');
    });
  }

  function show() {
    const id = (location.hash || '#getting-started').slice(1);
    document.querySelectorAll('.view').forEach((v) => v.classList.toggle('active', v.id === id));
    document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === id));
    const section = document.getElementById(id);
    if (section && section.dataset.contract) renderContract(section);
    if (id === 'events') renderEvents();
  }

  window.addEventListener('hashchange', show);
  show();
}());
