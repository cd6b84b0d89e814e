// The query page: sends the textarea to /sparql (or a canned query form to /queries/NAME)
// and renders the SPARQL JSON results as a table. Every value is inserted with textContent,
// never as markup; only http(s) IRIs become links, dataset IRIs point at the local /id/ pages.
(function () {
  "use strict";
  var body = document.body;
  var baseIri = body.getAttribute("data-base-iri") || "";
  var idPath = body.getAttribute("data-id-path") || "/id/";
  var results = document.getElementById("results");
  var errorBox = document.getElementById("error");
  var statusBox = document.getElementById("status");

  function href(iri) {
    if (baseIri && iri.indexOf(baseIri) === 0) return idPath + iri.slice(baseIri.length);
    if (/^https?:\/\//i.test(iri)) return iri;
    return null;
  }

  function termCell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      var target = href(term.value);
      if (target) {
        var a = document.createElement("a");
        a.setAttribute("href", target);
        a.textContent = term.value;
        td.appendChild(a);
      } else {
        td.textContent = term.value;
      }
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      var extra = term["xml:lang"] ? "@" + term["xml:lang"] : "";
      if (term.datatype && !/#(integer|nonNegativeInteger|decimal)$/.test(term.datatype)) {
        extra = " " + term.datatype.replace(/^.*[#\/]/, "");
      }
      if (extra) {
        var span = document.createElement("span");
        span.className = term["xml:lang"] ? "lang" : "dt";
        span.textContent = extra;
        td.appendChild(span);
      }
      if (/#(integer|nonNegativeInteger|decimal|double)$/.test(term.datatype || "")) td.className = "num";
    }
    return td;
  }

  function clear() {
    results.textContent = "";
    errorBox.textContent = "";
  }

  function render(data, truncated) {
    clear();
    if (typeof data.boolean === "boolean") {
      var p = document.createElement("p");
      p.id = "boolean-result";
      p.textContent = "ASK: " + data.boolean;
      results.appendChild(p);
      statusBox.textContent = "";
      return;
    }
    var vars = data.head.vars;
    var table = document.createElement("table");
    table.id = "results-table";
    var head = table.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    var tbody = table.createTBody();
    data.results.bindings.forEach(function (b) {
      var tr = tbody.insertRow();
      vars.forEach(function (v) { tr.appendChild(termCell(b[v])); });
    });
    results.appendChild(table);
    var n = data.results.bindings.length;
    statusBox.textContent = n + " row" + (n === 1 ? "" : "s") + (truncated ? " (cut at the row limit of " + truncated + ")" : "");
  }

  function showText(text) {
    clear();
    var pre = document.createElement("pre");
    pre.id = "graph-result";
    pre.textContent = text;
    results.appendChild(pre);
  }

  function run(url, options) {
    statusBox.textContent = "Running…";
    var started = Date.now();
    return fetch(url, options).then(function (resp) {
      var type = resp.headers.get("Content-Type") || "";
      return resp.text().then(function (text) {
        var took = " in " + ((Date.now() - started) / 1000).toFixed(2) + " s";
        if (!resp.ok) {
          clear();
          errorBox.textContent = resp.status + " " + resp.statusText + ": " + text;
          statusBox.textContent = "Failed" + took;
          return;
        }
        if (type.indexOf("json") >= 0 && type.indexOf("ld+json") < 0) {
          render(JSON.parse(text), resp.headers.get("X-SPARQL-MaxRows"));
        } else {
          showText(text);
          statusBox.textContent = "";
        }
        statusBox.textContent += took;
      });
    }).catch(function (err) {
      clear();
      errorBox.textContent = String(err);
      statusBox.textContent = "";
    });
  }

  var form = document.getElementById("sparql-form");
  if (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var params = new URLSearchParams();
      params.set("query", document.getElementById("query").value);
      run("/sparql", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.9"
        },
        body: params.toString()
      });
    });
  }

  var examples = document.getElementById("examples");
  if (examples) {
    examples.addEventListener("change", function () {
      var opt = examples.options[examples.selectedIndex];
      var text = opt && opt.getAttribute("data-query");
      if (text) document.getElementById("query").value = text;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.canned"), function (canned) {
    canned.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var params = new URLSearchParams();
      Array.prototype.forEach.call(canned.querySelectorAll("input"), function (input) {
        if (input.value !== "") params.set(input.name, input.value);
      });
      var url = canned.getAttribute("action") + (params.toString() ? "?" + params.toString() : "");
      run(url, { headers: { "Accept": "application/sparql-results+json" } });
    });
  });
})();
