/*
 * Sendero's embed snippet:
 *   <script src="https://<sendero host>/embed.js" data-name="…" data-accent="#1f5fa8" data-logo="https://…"
 *           data-welcome="…" data-lang="es" data-position="left" async></script>
 *
 * Adds a launcher button to the host page, inside a shadow root (the host's CSS cannot reach it and ours cannot leak
 * out). Opening it shows the chat panel: an iframe of Sendero's own /embed page, so Web Chat, its styles, its token and
 * its Direct Line traffic stay on Sendero's origin, under Sendero's Content-Security-Policy, out of the host's
 * reach. Nothing but this small script loads before the launcher is opened. The conversation lives in the iframe's
 * storage: it continues on the next page of the same site, and across a restart of the Sendero server.
 * Plain browser JavaScript, no build step. The server fills in the configuration block below.
 */
(function () {
  'use strict';

  var config = /*%%EMBED_CONFIG%%*/ {};
  var OPEN_KEY = 'sendero.embed.open';
  var RTL_LANGUAGES = ['ar', 'fa', 'he', 'ur'];

  var script = document.currentScript;
  if (!script || window.__senderoEmbed) return;
  window.__senderoEmbed = true;

  var origin = new URL(script.src, location.href).origin;
  var data = script.dataset || {};
  var branding = {
    name: data.name || config.orgName,
    accent: /^#[0-9a-fA-F]{6}$/.test(data.accent || '') ? data.accent : config.accentColor,
    logo: data.logo || config.logoUrl || '',
    welcome: data.welcome || '',
  };
  var language = pickLanguage(data.lang || document.documentElement.lang || navigator.language || config.defaultLocale);

  var host = null;
  var launcher = null;
  var panel = null;
  var frame = null;
  var frameReady = false;

  function pickLanguage(value) {
    var code = String(value || '').slice(0, 2).toLowerCase();
    return config.strings[code] ? code : config.defaultLocale;
  }

  function text(key) {
    var strings = config.strings[language] || config.strings[config.defaultLocale] || {};
    return String(strings[key] || '').replace(/\{\{orgName\}\}/g, branding.name);
  }

  /** Black or white, whichever reads better on the accent colour (WCAG relative luminance). */
  function readableOn(hex) {
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) ? '#ffffff' : '#111111';
  }

  function readFlag() {
    try {
      return window.sessionStorage.getItem(OPEN_KEY) === '1';
    } catch (error) {
      return false;
    }
  }

  function writeFlag(open) {
    try {
      if (open) window.sessionStorage.setItem(OPEN_KEY, '1');
      else window.sessionStorage.removeItem(OPEN_KEY);
    } catch (error) {
      // Storage blocked: the panel just starts closed on the next page.
    }
  }

  var STYLE = [
    ':host { all: initial; }',
    '* { box-sizing: border-box; }',
    '.launcher { position: fixed; bottom: 20px; z-index: 2147483000; width: 60px; height: 60px; border-radius: 50%;',
    '  border: 0; padding: 0; margin: 0; cursor: pointer; display: flex; align-items: center; justify-content: center;',
    '  background: var(--accent); color: var(--on-accent); box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3); }',
    '.launcher:focus-visible { outline: 3px solid var(--accent); outline-offset: 3px; box-shadow: 0 0 0 6px #ffffff; }',
    '.launcher svg { width: 28px; height: 28px; fill: currentColor; }',
    '.launcher img { width: 36px; height: 36px; border-radius: 50%; object-fit: cover; background: #ffffff; }',
    '.panel { position: fixed; bottom: 92px; z-index: 2147483000; width: 380px; height: min(640px, calc(100vh - 120px));',
    '  border-radius: 12px; overflow: hidden; background: #ffffff; box-shadow: 0 8px 30px rgba(0, 0, 0, 0.3); }',
    '.panel[hidden] { display: none; }',
    '.panel iframe { display: block; width: 100%; height: 100%; border: 0; }',
    '.right { right: 20px; } .left { left: 20px; }',
    '@media (max-width: 480px) { .panel { left: 0; right: 0; bottom: 0; width: 100%; height: 100%; border-radius: 0; }',
    '  .panel:not([hidden]) ~ .launcher { display: none; } }',
  ].join('\n');

  var CHAT_ICON =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';

  function build() {
    host = document.createElement('sendero-chat');
    // Inline and important: no rule of the host page can give the element a size, a border or a place in the flow.
    host.setAttribute('style', 'all: initial !important; position: static !important; display: contents !important;');
    var root = host.attachShadow({ mode: 'open' });
    var side = data.position === 'left' ? 'left' : 'right';
    var style = document.createElement('style');
    style.textContent = STYLE;
    root.appendChild(style);

    panel = document.createElement('div');
    panel.className = 'panel ' + side;
    panel.id = 'sendero-panel';
    panel.setAttribute('role', 'dialog');
    panel.hidden = true;
    root.appendChild(panel);

    launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.className = 'launcher ' + side;
    launcher.setAttribute('aria-controls', 'sendero-panel');
    launcher.setAttribute('aria-expanded', 'false');
    if (branding.logo && /^(https:\/\/|\/[^/])/.test(branding.logo)) {
      var logo = document.createElement('img');
      logo.alt = '';
      logo.src = new URL(branding.logo, origin).href;
      launcher.appendChild(logo);
    } else {
      launcher.innerHTML = CHAT_ICON;
    }
    launcher.addEventListener('click', function () {
      if (panel.hidden) open(true);
      else close(true);
    });
    root.appendChild(launcher);

    host.style.setProperty('--accent', branding.accent);
    host.style.setProperty('--on-accent', readableOn(branding.accent));
    applyLanguage();
    document.body.appendChild(host);
  }

  function applyLanguage() {
    launcher.setAttribute('aria-label', text('open'));
    launcher.dir = RTL_LANGUAGES.indexOf(language) >= 0 ? 'rtl' : 'ltr';
    panel.setAttribute('aria-label', text('panel'));
    if (frame) frame.title = text('panel');
  }

  function frameUrl() {
    var query = new URLSearchParams({ lang: language });
    if (data.name) query.set('name', branding.name);
    if (data.accent) query.set('accent', branding.accent);
    if (data.logo) query.set('logo', new URL(data.logo, location.href).href);
    if (data.welcome) query.set('welcome', branding.welcome);
    return origin + '/embed?' + query.toString();
  }

  /** The iframe is made on first open: only then do the page, Web Chat and the conversation load. */
  function ensureFrame(focusInside) {
    if (frame) {
      if (focusInside && frameReady) focusFrame();
      return;
    }
    frame = document.createElement('iframe');
    frame.title = text('panel');
    frame.src = frameUrl();
    frame.setAttribute('allow', 'clipboard-write');
    frame.addEventListener('load', function () {
      frameReady = true;
      if (focusInside && !panel.hidden) focusFrame();
    });
    panel.appendChild(frame);
  }

  function focusFrame() {
    frame.focus();
    frame.contentWindow.postMessage({ type: 'sendero:focus' }, origin);
  }

  function open(focusInside) {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    writeFlag(true);
    ensureFrame(focusInside);
  }

  function close(returnFocus) {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    writeFlag(false);
    if (returnFocus) launcher.focus();
  }

  window.addEventListener('message', function (event) {
    if (!frame || event.origin !== origin || event.source !== frame.contentWindow || !event.data) return;
    if (event.data.type === 'sendero:close') {
      close(true);
    } else if (event.data.type === 'sendero:language' && typeof event.data.language === 'string') {
      language = pickLanguage(event.data.language);
      applyLanguage();
    }
  });

  function start() {
    build();
    // Open on the previous page: open again here, without taking the focus from the new page.
    if (readFlag()) open(false);
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
