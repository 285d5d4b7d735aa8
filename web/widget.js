/*
 * Sendero chat page. Gets a conversation token from our own server, renders the official Web Chat bundle against
 * our Direct Line endpoint, keeps the conversation across reloads and server restarts (sessionStorage), and follows
 * the bot when it switches language. Plain browser JavaScript, no build step, no requests to any other origin.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('sendero-config').textContent);
  var SESSION_KEY = 'sendero.webchat.session';
  var LOCALE_KEY = 'sendero.webchat.locale';
  var LANGUAGE_CHANGED_EVENT = 'sendero.languageChanged';
  var LANGUAGE_CHOSEN_EVENT = 'chooseLanguage';
  // directlinejs ConnectionStatus values.
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  var MAX_RETRY_DELAY_MS = 10000;
  // Set when Direct Line's WebSocket stream cannot be opened here (a proxy that drops upgrades): poll instead.
  var POLLING_KEY = 'sendero.webchat.polling';
  var STREAM_FAILURES_BEFORE_POLLING = 2;
  // Inside the iframe embed.js opens on a host site: talk to the host page through postMessage.
  var embedded = Boolean(config.embedded) && window.parent !== window;
  var streamFailures = 0;
  var NativeWebSocket = window.WebSocket;

  var domain = location.origin + config.directLinePath;
  var chatElement = document.getElementById('webchat');
  var statusElement = document.getElementById('app-status');
  var titleElement = document.getElementById('app-title');

  /*
   * The locale Web Chat gets for each of our languages: its own strings where it has them, and the code the bot maps
   * back to the language (Tagalog is "fil" in browsers). ar-SA is one of the locales Web Chat lays out right to left.
   */
  var WEB_CHAT_LOCALES = { en: 'en-US', es: 'es-US', zh: 'zh-CN', vi: 'vi-VN', tl: 'tl-PH', ar: 'ar-SA', fr: 'fr-FR', ko: 'ko-KR' };
  var RIGHT_TO_LEFT = { ar: true };
  /** Chinese in traditional characters (Taiwan, Hong Kong, Macau): Web Chat's zh-TW, the bot answers in them. */
  var TRADITIONAL_CHINESE = /^zh[-_](tw|hk|mo|hant)\b/i;

  // In the embed iframe, the host page's language (embed.js passes it) comes before the browser's.
  var locale = readStorage(LOCALE_KEY) || webChatLocale(config.requestedLocale || navigator.language || config.defaultLocale);
  var statusKey = null;
  /** { session: { token, conversationId, userId }, directLine, store } of the conversation on screen. */
  var current = null;
  var recovering = false;
  var failures = 0;

  function webChatLocale(language) {
    var base = String(language || '').toLowerCase().split(/[-_]/)[0];
    if (base === 'fil') base = 'tl';
    if (base === 'zh' && config.strings[base] && TRADITIONAL_CHINESE.test(String(language))) return 'zh-TW';
    if (WEB_CHAT_LOCALES[base] && config.strings[base]) return WEB_CHAT_LOCALES[base];
    return WEB_CHAT_LOCALES[config.defaultLocale] || 'en-US';
  }

  function direction() {
    return RIGHT_TO_LEFT[language()] ? 'rtl' : 'ltr';
  }

  function language() {
    return locale.slice(0, 2).toLowerCase();
  }

  /** The page's own language tag: "zh-Hant" for Chinese in traditional characters. */
  function pageLanguage() {
    return locale === 'zh-TW' ? 'zh-Hant' : language();
  }

  function text(key) {
    var strings = config.strings[pageLanguage()] || config.strings[language()] || config.strings[config.defaultLocale] || {};
    return String(strings[key] || '').replace(/\{\{orgName\}\}/g, config.orgName);
  }

  /** The picker lists every language by its own name; choosing one tells the bot, which switches and asks again. */
  function setUpLanguagePicker() {
    var picker = document.getElementById('app-language');
    if (!picker) return;
    (config.languages || []).forEach(function (option) {
      var item = document.createElement('option');
      item.value = option.code;
      item.textContent = option.name;
      item.lang = option.code;
      picker.appendChild(item);
    });
    picker.addEventListener('change', function () {
      if (!current) return;
      current.directLine
        .postActivity({ type: 'event', name: LANGUAGE_CHOSEN_EVENT, value: picker.value, from: { id: current.session.userId } })
        .subscribe({ error: function () { showLanguageInPicker(picker); } });
    });
  }

  /** The picker shows the page's language: "繁體中文" (zh-Hant) for Chinese in traditional characters, where listed. */
  function showLanguageInPicker(picker) {
    picker.value = pageLanguage();
    if (picker.value !== pageLanguage()) picker.value = language();
  }

  function applyLanguage() {
    var picker = document.getElementById('app-language');
    if (picker) showLanguageInPicker(picker);
    var pickerLabel = document.getElementById('app-language-label');
    if (pickerLabel) pickerLabel.textContent = text('language') || 'Language';
    document.documentElement.lang = pageLanguage();
    document.documentElement.dir = direction();
    var title = text('title') || config.orgName;
    document.title = title;
    titleElement.textContent = title;
    if (statusKey) statusElement.textContent = text(statusKey);
    applyBranding();
  }

  function showStatus(key) {
    statusKey = key;
    statusElement.textContent = key ? text(key) : '';
    statusElement.hidden = !key;
  }

  // Storage can be unavailable (privacy modes); the chat then works but does not survive a reload.
  function readStorage(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function writeStorage(key, value) {
    try {
      if (value === null) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, value);
    } catch (error) {
      // Nothing to do: see readStorage.
    }
  }

  function savedSession() {
    try {
      var session = JSON.parse(readStorage(SESSION_KEY) || 'null');
      return session && session.token && session.conversationId ? session : null;
    } catch (error) {
      return null;
    }
  }

  function saveSession(session) {
    writeStorage(SESSION_KEY, session ? JSON.stringify(session) : null);
  }

  /** directlinejs refreshes its token every 15 minutes; keep the newest so a reload can still resume. */
  function rememberLatestToken() {
    if (current && current.directLine.token && current.directLine.token !== current.session.token) {
      current.session.token = current.directLine.token;
      saveSession(current.session);
    }
  }

  function retryDelay() {
    failures += 1;
    return Math.min(MAX_RETRY_DELAY_MS, 250 * Math.pow(2, failures));
  }

  function requestJson(url, init) {
    return fetch(url, init).then(function (response) {
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }
      return response.json();
    });
  }

  /** 403/404: the token or the conversation is gone for good, so only a new conversation helps. */
  function isGone(error) {
    return Boolean(error) && (error.status === 403 || error.status === 404);
  }

  function openConversation() {
    return requestJson(config.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale }),
    }).then(function (body) {
      return { token: body.token, conversationId: body.conversationId, userId: body.userId, resumed: false };
    });
  }

  function resumeConversation(session) {
    return requestJson(domain + '/tokens/refresh', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + session.token },
    }).then(function (body) {
      return { token: body.token, conversationId: body.conversationId, userId: session.userId, resumed: true };
    });
  }

  function createStore() {
    return WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var activity = action.payload && action.payload.activity;
            if (activity && activity.type === 'event' && activity.name === LANGUAGE_CHANGED_EVENT) {
              setTimeout(changeLanguage, 0, activity.value);
            }
          } else if (action.type === 'DIRECT_LINE/CONNECTION_STATUS_UPDATE') {
            setTimeout(checkConnection, 0);
          }
          return next(action);
        };
      };
    });
  }

  function styleOptions() {
    return {
      accent: config.accentColor,
      bubbleFromUserBackground: config.accentColor,
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderColor: config.accentColor,
      bubbleBorderRadius: 12,
      bubbleFromUserBorderRadius: 12,
      bubbleMinHeight: 44,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      rootHeight: '100%',
      sendBoxHeight: 56,
      suggestedActionHeight: 44,
      suggestedActionBorderRadius: 8,
      suggestedActionLayout: 'flow',
      hideUploadButton: true,
    };
  }

  function render() {
    if (!current) return;
    WebChat.renderWebChat(
      {
        directLine: current.directLine,
        store: current.store,
        userID: current.session.userId,
        // Web Chat stamps this on every activity it sends, so the bot always knows the page's language.
        locale: locale,
        dir: direction(),
        styleOptions: styleOptions(),
      },
      chatElement,
    );
  }

  /** Shows a conversation; `watermark` and `keepStore` continue the transcript already on screen. */
  function connect(session, watermark, keepStore) {
    saveSession({ token: session.token, conversationId: session.conversationId, userId: session.userId });
    var options = { token: session.token, domain: domain, webSocket: streamingWanted() };
    if (session.resumed) {
      options.conversationId = session.conversationId;
      if (watermark) options.watermark = watermark;
      // Reconnected already (recover): directlinejs goes straight to the stream.
      if (options.webSocket && session.streamUrl) options.streamUrl = session.streamUrl;
    }
    var store = keepStore && current ? current.store : createStore();
    current = { session: session, directLine: createDirectLine(options), store: store };
    failures = 0;
    showStatus(null);
    render();
  }

  function startNewConversation() {
    saveSession(null);
    openConversation().then(
      function (session) {
        connect(session, null, false);
      },
      function () {
        showStatus('unavailable');
        setTimeout(startNewConversation, retryDelay());
      },
    );
  }

  /** Reconnects the conversation on screen after the connection broke, or starts over when it is gone. */
  function recover() {
    if (recovering || !current) return;
    recovering = true;
    rememberLatestToken();
    showStatus('reconnecting');
    var broken = current;
    var watermark = broken.directLine.watermark;
    // A refreshed token retires the old one: once refreshed, later attempts retry only what failed after it.
    var refreshed = null;
    function attempt() {
      (refreshed ? Promise.resolve(refreshed) : resumeConversation(broken.session))
        .then(function (session) {
          refreshed = session;
          saveSession({ token: session.token, conversationId: session.conversationId, userId: session.userId });
          return streamingWanted() ? reconnectStream(session, watermark) : session;
        })
        .then(
        function (session) {
          recovering = false;
          connect(session, watermark, true);
          // The broken connection stops retrying on its own (it would open a second stream a few seconds later).
          try {
            broken.directLine.end();
          } catch (error) {
            // Already ended.
          }
        },
        function (error) {
          if (isGone(error)) {
            recovering = false;
            startNewConversation();
          } else {
            setTimeout(attempt, retryDelay());
          }
        },
      );
    }
    attempt();
  }

  function checkConnection() {
    if (!current || recovering) return;
    var status = current.directLine.connectionStatus$.getValue();
    if (status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT || status === ENDED) recover();
  }

  function changeLanguage(value) {
    if (typeof value !== 'string') return;
    // The bot says "zh-Hant" when it answers in traditional characters, "zh" in simplified ones.
    if (value === pageLanguage()) return;
    var next = webChatLocale(value);
    if (next === locale) return;
    locale = next;
    writeStorage(LOCALE_KEY, locale);
    applyLanguage();
    render();
  }

  /**
   * Direct Line's reconnect call, made here rather than by directlinejs: it proves the server is back before the
   * stream is opened (directlinejs would wait 20 s to retry a failed reconnect) and gives the new stream URL.
   */
  function reconnectStream(session, watermark) {
    var url = domain + '/conversations/' + encodeURIComponent(session.conversationId) + '?watermark=' + encodeURIComponent(watermark || '');
    return requestJson(url, { headers: { Authorization: 'Bearer ' + session.token } }).then(function (body) {
      return {
        token: body.token || session.token,
        conversationId: session.conversationId,
        userId: session.userId,
        streamUrl: body.streamUrl,
        resumed: true,
      };
    });
  }

  function streamingWanted() {
    return typeof NativeWebSocket === 'function' && readStorage(POLLING_KEY) !== 'true';
  }

  /*
   * Web Chat's createDirectLine passes no WebSocket option on to directlinejs, which takes the global WebSocket when
   * it is constructed: the watched one is the global for exactly that moment.
   */
  function createDirectLine(options) {
    if (!options.webSocket) return WebChat.createDirectLine(options);
    window.WebSocket = WatchedWebSocket;
    try {
      return WebChat.createDirectLine(options);
    } finally {
      window.WebSocket = NativeWebSocket;
    }
  }

  /*
   * The Direct Line stream socket, watched: directlinejs waits 3 to 15 s before it reconnects a closed stream, so a
   * stream that closes after it was open (the server restarted) reconnects at once; a stream that never opens twice
   * in a row means something between here and the server drops WebSockets, and the page falls back to polling.
   */
  function WatchedWebSocket(url, protocols) {
    var socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
    var opened = false;
    socket.addEventListener('open', function () {
      opened = true;
      streamFailures = 0;
    });
    socket.addEventListener('close', function () {
      if (!current || current.directLine.streamUrl !== url) return;
      if (!opened) {
        streamFailures += 1;
        if (streamFailures >= STREAM_FAILURES_BEFORE_POLLING) writeStorage(POLLING_KEY, 'true');
      }
      setTimeout(recover, 0);
    });
    return socket;
  }

  function embeddedClose() {
    window.parent.postMessage({ type: 'sendero:close' }, '*');
  }

  /** In the embed iframe: the close button and Escape hand focus back to the host page's launcher. */
  function setUpEmbedding() {
    document.documentElement.classList.add('embedded');
    var close = document.getElementById('app-close');
    if (close) {
      close.hidden = false;
      close.addEventListener('click', embeddedClose);
    }
    window.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) embeddedClose();
    });
    // Opened from the launcher: the focus goes to the send box, once Web Chat has drawn it (the close button until then).
    function focusSendBox(triesLeft) {
      var input = document.querySelector('[data-id="webchat-sendbox-input"]');
      var waiting = document.activeElement === close || document.activeElement === document.body || !document.activeElement;
      if (input && waiting) input.focus();
      else if (!input && triesLeft > 0 && waiting) setTimeout(focusSendBox, 100, triesLeft - 1);
    }
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || !event.data || event.data.type !== 'sendero:focus') return;
      if (close) close.focus();
      focusSendBox(150);
    });
  }

  function applyBranding() {
    var logo = document.getElementById('app-logo');
    if (logo && config.logoUrl) {
      logo.src = config.logoUrl;
      logo.hidden = false;
    }
    var welcome = document.getElementById('app-welcome');
    if (welcome) {
      welcome.textContent = config.welcome || '';
      welcome.hidden = !config.welcome;
    }
    var close = document.getElementById('app-close');
    if (close) close.setAttribute('aria-label', text('close'));
    if (embedded) {
      // The host page has its own main landmark: this one is named, so the two can be told apart.
      chatElement.setAttribute('aria-label', text('panel'));
      window.parent.postMessage({ type: 'sendero:language', language: language() }, '*');
    }
  }

  /*
   * directlinejs stops polling for good after one failed poll (network error, timeout or 5xx, as while the server
   * restarts) without reporting it. Watching its polls is the only way to notice and reconnect.
   */
  function watchPolls() {
    var open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (method, url) {
      var href = String(url);
      if (method === 'GET' && href.indexOf(domain + '/conversations/') === 0 && /\/activities\?/.test(href)) {
        var failed = function () {
          setTimeout(recover, 0);
        };
        this.addEventListener('error', failed);
        this.addEventListener('timeout', failed);
        this.addEventListener('load', function () {
          if (this.status >= 500) failed();
        });
      }
      return open.apply(this, arguments);
    };
  }

  function start() {
    setUpLanguagePicker();
    applyLanguage();
    showStatus('connecting');
    var saved = savedSession();
    var ready = saved
      ? resumeConversation(saved).catch(function (error) {
          if (!isGone(error)) throw error;
          saveSession(null);
          return openConversation();
        })
      : openConversation();
    ready.then(
      function (session) {
        connect(session, null, false);
      },
      function () {
        showStatus('unavailable');
        setTimeout(start, retryDelay());
      },
    );
  }

  document.documentElement.style.setProperty('--accent', config.accentColor);
  window.addEventListener('pagehide', rememberLatestToken);
  setInterval(rememberLatestToken, 60000);
  watchPolls();
  if (embedded) setUpEmbedding();
  start();
})();
