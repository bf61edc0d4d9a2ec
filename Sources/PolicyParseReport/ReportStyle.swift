/// The inline style sheet and script of the reports (no external fonts, scripts or URLs).
enum ReportStyle {
    /// Shared by both kinds of report.
    static let common: StaticString = """
    :root{--ink:#1d2430;--muted:#5b6472;--line:#d9dee6;--paper:#fff;--soft:#f5f7fa;
    --amount:#c9f0d3;--amount-b:#1f8a3b;--percentage:#cfe3ff;--percentage-b:#1d5fbf;
    --year:#e8d9ff;--year-b:#6b3fb5;--quantity:#ffe2c2;--quantity-b:#b65c00;
    --lead:#ffd0d0;--lead-b:#b3261e;--support:#ffe0f0;--support-b:#a0306a;--responsible:#f3e3c3;--responsible-b:#7a5a12}
    *{box-sizing:border-box}
    body{margin:0;color:var(--ink);background:var(--paper);
    font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
    header,section,footer{padding:12px 20px}
    h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:8px 0}
    .meta{color:var(--muted);margin:0}
    table.metadata{width:auto;margin:6px 0}
    table{border-collapse:collapse;width:100%;font-size:14px}
    th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
    th{background:var(--soft)}td.num{text-align:right;font-variant-numeric:tabular-nums}
    a{color:#1d4fa3}
    .legend{display:flex;flex-wrap:wrap;gap:6px;list-style:none;padding:0;margin:6px 0}
    .b{display:inline-block;border-radius:3px;padding:0 4px;margin:1px 2px;font-size:12px;line-height:18px;text-decoration:none;color:var(--ink);border:1px solid transparent}
    .k-amount{background:var(--amount);border-color:var(--amount-b)}
    .k-percentage{background:var(--percentage);border-color:var(--percentage-b)}
    .k-year{background:var(--year);border-color:var(--year-b)}
    .k-quantity{background:var(--quantity);border-color:var(--quantity-b)}
    .r-lead{background:var(--lead);border-color:var(--lead-b)}
    .r-support{background:var(--support);border-color:var(--support-b)}
    .r-responsible{background:var(--responsible);border-color:var(--responsible-b)}
    footer{color:var(--muted);font-size:12px}
    """

    /// The document report: outline on the left, source on the right.
    static let document: StaticString = """
    .toolbar{padding:0 20px 8px;display:flex;gap:14px;flex-wrap:wrap}
    .panes{display:grid;grid-template-columns:minmax(18rem,36%) 1fr;gap:0;border-top:1px solid var(--line);border-bottom:1px solid var(--line)}
    .outline{height:82vh;overflow:auto;padding:8px 12px;border-right:1px solid var(--line);background:var(--soft)}
    .source{height:82vh;overflow:auto;padding:8px 16px}
    #src{white-space:pre-wrap;word-break:break-word;font:inherit;margin:0}
    .tree,.tree ul{list-style:none;margin:0;padding-left:14px}
    .tree{padding-left:0}
    .tree summary{cursor:pointer}
    .tree li{margin:1px 0}
    .tree a.node{color:var(--ink);text-decoration:none}
    .tree a.node:hover{text-decoration:underline}
    .tree a.node.cur{background:#ffe98a}
    .mk{color:var(--muted);margin-right:3px}
    .more{color:var(--muted);border-color:var(--line)}
    .hl{color:inherit;border-radius:2px;border-bottom:2px solid;padding:0 1px}
    .hl .hl{border-bottom-width:4px}
    .nd:target,.nd.sel{background:#fff3b0;outline:2px solid #e0b000}
    .dg{text-decoration:underline wavy #d0451b}
    .dg:target,.dg.sel{background:#ffd9c9}
    .hl:target,.hl.sel{outline:2px solid var(--ink)}
    td .b{margin:1px}
    .path{white-space:nowrap}
    @media (max-width:800px){.panes{grid-template-columns:1fr}.outline,.source{height:auto}}
    """

    /// The corpus dashboard: charts beside their tables.
    static let dashboard: StaticString = """
    .chart{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:20px;align-items:start;border-top:1px solid var(--line)}
    .chart svg{width:100%;height:auto;font:12px system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif}
    .chart .tab{max-height:560px;overflow:auto}
    .s-lead{fill:var(--lead-b)}.s-support{fill:var(--support-b)}.s-responsible{fill:var(--responsible-b)}
    .s-amount{fill:var(--amount-b)}.s-percentage{fill:var(--percentage-b)}.s-quantity{fill:var(--quantity-b)}.s-year{fill:var(--year-b)}
    .axis{stroke:var(--line)}.lbl{fill:var(--ink)}.val{fill:var(--muted)}
    .edge{stroke:#1d4fa3;stroke-opacity:.45}.dot{fill:#1d4fa3}
    @media (max-width:900px){.chart{grid-template-columns:1fr}}
    """

    /// The document report's script: marking a node's span on click, expanding and collapsing
    /// the tree, and a self-test (`#selftest`) used by the browser test. The page is complete
    /// without it: links are plain anchors (`:target` marks the span), the tree is
    /// `<details>`, and hover values are `title` attributes.
    static let documentScript: StaticString = """
    (function(){
    "use strict";
    var marked=[],current=null;
    function mark(id){
      marked.forEach(function(e){e.classList.remove("sel")});
      marked=[].slice.call(document.querySelectorAll("[id='"+id+"'],[data-of='"+id+"']"));
      marked.forEach(function(e){e.classList.add("sel")});
      if(current)current.classList.remove("cur");
      current=document.querySelector(".tree a[href='#"+id+"']");
      if(current)current.classList.add("cur");
      if(marked[0])reveal(marked[0]);
      if(current)reveal(current);
      return marked.length;
    }
    function reveal(el){
      var pane=el.closest(".source,.outline");
      if(!pane||getComputedStyle(pane).overflowY==="visible"){el.scrollIntoView({block:"center"});return}
      pane.scrollTop+=el.getBoundingClientRect().top-pane.getBoundingClientRect().top-pane.clientHeight/3;
    }
    document.addEventListener("click",function(e){
      var a=e.target.closest&&e.target.closest("a[href^='#']");
      if(!a)return;
      var id=a.getAttribute("href").slice(1);
      if(!id||!document.getElementById(id))return;
      e.preventDefault();
      history.replaceState(null,"","#"+id);
      mark(id);
    });
    var bar=document.querySelector(".toolbar");
    function all(open){[].forEach.call(document.querySelectorAll(".tree details"),function(d){d.open=open})}
    [["Expand all",true],["Collapse all",false]].forEach(function(p){
      var b=document.createElement("button");b.type="button";b.textContent=p[0];
      b.addEventListener("click",function(){all(p[1])});bar.appendChild(b);
    });
    function fnv(s){var h=0x811c9dc5;for(var c of s){h=Math.imul(h^c.codePointAt(0),16777619)>>>0}return h}
    function selftest(){
      var links=[].slice.call(document.querySelectorAll(".tree a.node"));
      var clicked=0,ok=0,bad=[];
      links.slice(0,300).forEach(function(a){
        var id=a.getAttribute("href").slice(1);
        a.click();clicked++;
        var first=document.getElementById(id);
        if(first&&first.classList.contains("sel")&&location.hash==="#"+id&&a.classList.contains("cur"))ok++;else if(bad.length<5)bad.push(id);
      });
      var text=document.getElementById("src").textContent;
      var r={highlights:document.querySelectorAll("mark.hl:not(.cont)").length,
        pieces:document.querySelectorAll("mark.hl").length,
        nodes:document.querySelectorAll("#src .nd:not(.cont)").length,
        diagnostics:document.querySelectorAll("#src .dg:not(.cont)").length,
        treeLinks:links.length,clicked:clicked,marked:ok,bad:bad,
        sourceCodePoints:Array.from(text).length,sourceHash:fnv(text)};
      var out=document.createElement("pre");out.id="selftest-result";out.textContent=JSON.stringify(r);
      document.body.appendChild(out);
    }
    window.policyparseReport={mark:mark,selftest:selftest};
    if(location.hash==="#selftest")selftest();
    else if(location.hash.length>1&&document.getElementById(location.hash.slice(1))){
      // After the browser's own jump to the fragment (which scrolls the whole window): keep the
      // header in view and scroll only the panes.
      var id=location.hash.slice(1);
      mark(id);
      window.addEventListener("load",function(){setTimeout(function(){window.scrollTo(0,0);mark(id)},0)});
    }
    })();
    """
}
