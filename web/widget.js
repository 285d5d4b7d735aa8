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
  // directlinejs ConnectionStatus values.
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  var MAX_RETRY_DELAY_MS = 10000;

  var domain = location.origin + config.directLinePath;
  var chatElement = document.getElementById('webchat');
  var statusElement = document.getElementById('app-status');
  var titleElement = document.getElementById('app-title');

  var locale = readStorage(LOCALE_KEY) || webChatLocale(navigator.language || config.defaultLocale);
  var statusKey = null;
  /** { session: { token, conversationId, userId }, directLine, store } of the conversation on screen. */
  var current = null;
  var recovering = false;
  var failures = 0;

  function webChatLocale(language) {
    return /^es/i.test(String(language)) ? 'es-US' : 'en-US';
  }

  function language() {
    return locale.slice(0, 2).toLowerCase();
  }

  function text(key) {
    var strings = config.strings[language()] || config.strings[config.defaultLocale] || {};
    return String(strings[key] || '').replace(/\{\{orgName\}\}/g, config.orgName);
  }

  function applyLanguage() {
    document.documentElement.lang = language();
    var title = text('title') || config.orgName;
    document.title = title;
    titleElement.textContent = title;
    if (statusKey) statusElement.textContent = text(statusKey);
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
        styleOptions: styleOptions(),
      },
      chatElement,
    );
  }

  /** Shows a conversation; `watermark` and `keepStore` continue the transcript already on screen. */
  function connect(session, watermark, keepStore) {
    saveSession({ token: session.token, conversationId: session.conversationId, userId: session.userId });
    var options = { token: session.token, domain: domain, webSocket: false };
    if (session.resumed) {
      options.conversationId = session.conversationId;
      if (watermark) options.watermark = watermark;
    }
    var store = keepStore && current ? current.store : createStore();
    current = { session: session, directLine: WebChat.createDirectLine(options), store: store };
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
    function attempt() {
      resumeConversation(broken.session).then(
        function (session) {
          recovering = false;
          connect(session, broken.directLine.watermark, true);
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
    var next = webChatLocale(value);
    if (next === locale) return;
    locale = next;
    writeStorage(LOCALE_KEY, locale);
    applyLanguage();
    render();
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
  start();
})();
