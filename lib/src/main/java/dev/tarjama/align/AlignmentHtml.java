package dev.tarjama.align;

import java.util.List;
import java.util.Locale;

/**
 * Renders alignments as one self-contained HTML page (no external files, scripts or fonts): per
 * pair, the Arabic words right-to-left on top, the English words below, and lines between linked
 * words, darker for a larger weight. Hovering a word highlights it, its partners and their lines.
 * The lines are drawn by a small script after layout, since word positions depend on the fonts.
 */
public final class AlignmentHtml {
  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;margin:24px;color:#222;background:#fff}
      h1{font-size:20px;font-weight:600}
      .pair{position:relative;margin:0 0 18px;padding:10px 12px;border:1px solid #ddd;border-radius:6px}
      .row{display:flex;flex-wrap:wrap;gap:6px 10px;position:relative;z-index:1}
      .ar{direction:rtl;font-size:22px;margin-bottom:56px}
      .en{font-size:17px}
      .w{padding:1px 4px;border-radius:4px;cursor:default;background:#fff}
      .w.hl{background:#ffe08a}
      .w.off{color:#bbb}
      svg{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;z-index:0}
      line{stroke:#3367d6;stroke-width:1.5}
      line.hl{stroke:#e8710a;stroke-width:3;stroke-opacity:1}
      .note{color:#666;font-size:13px}
      """;

  private static final String SCRIPT =
      """
      const NS='http://www.w3.org/2000/svg';
      function draw(p){
        const svg=p.querySelector('svg');svg.innerHTML='';
        const box=p.getBoundingClientRect();
        for(const l of p.dataset.links.split(' ').filter(x=>x)){
          const [st,w]=l.split(':');const [s,t]=st.split('-');
          const a=p.querySelector('.ar [data-i="'+s+'"]').getBoundingClientRect();
          const e=p.querySelector('.en [data-i="'+t+'"]').getBoundingClientRect();
          const line=document.createElementNS(NS,'line');
          line.setAttribute('x1',a.left+a.width/2-box.left);line.setAttribute('y1',a.bottom-box.top);
          line.setAttribute('x2',e.left+e.width/2-box.left);line.setAttribute('y2',e.top-box.top);
          line.setAttribute('stroke-opacity',0.25+0.75*parseFloat(w));
          line.dataset.s=s;line.dataset.t=t;svg.appendChild(line);
        }
      }
      function hover(p,side,i,on){
        const mine=side==='ar'?'s':'t',other=side==='ar'?'t':'s';
        const partners=new Set();
        for(const line of p.querySelectorAll('line')){
          if(line.dataset[mine]===i){line.classList.toggle('hl',on);partners.add(line.dataset[other]);}
        }
        p.querySelector('.'+side+' [data-i="'+i+'"]').classList.toggle('hl',on);
        const o=side==='ar'?'en':'ar';
        for(const j of partners){p.querySelector('.'+o+' [data-i="'+j+'"]').classList.toggle('hl',on);}
      }
      function all(){
        for(const p of document.querySelectorAll('.pair')){
          draw(p);
          for(const side of ['ar','en']){
            for(const w of p.querySelectorAll('.'+side+' .w')){
              w.onmouseenter=()=>hover(p,side,w.dataset.i,true);
              w.onmouseleave=()=>hover(p,side,w.dataset.i,false);
            }
          }
        }
      }
      window.addEventListener('load',all);window.addEventListener('resize',all);
      """;

  private AlignmentHtml() {}

  /**
   * The page for a list of alignments.
   *
   * @param title shown as the page title and heading
   * @param note one line under the heading (e.g. which model and method aligned), may be empty
   */
  public static String render(String title, String note, List<Alignment> alignments) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    if (!note.isEmpty()) {
      html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    for (Alignment alignment : alignments) {
      pair(html, alignment);
    }
    html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void pair(StringBuilder html, Alignment alignment) {
    StringBuilder links = new StringBuilder();
    boolean[] sourceLinked = new boolean[alignment.sourceWords().size()];
    boolean[] targetLinked = new boolean[alignment.targetWords().size()];
    for (AlignmentLink link : alignment.links()) {
      if (links.length() > 0) {
        links.append(' ');
      }
      links.append(link.sourceWord()).append('-').append(link.targetWord()).append(':')
          .append(String.format(Locale.ROOT, "%.3f", link.weight()));
      sourceLinked[link.sourceWord()] = true;
      targetLinked[link.targetWord()] = true;
    }
    html.append("<div class=\"pair\" data-links=\"").append(links).append("\">\n<svg></svg>\n");
    words(html, "ar", "rtl", "ar", alignment.sourceWords(), sourceLinked);
    words(html, "en", "ltr", "en", alignment.targetWords(), targetLinked);
    html.append("</div>\n");
  }

  private static void words(
      StringBuilder html, String side, String dir, String lang, List<Word> words, boolean[] linked) {
    html.append("<div class=\"row ").append(side).append("\" dir=\"").append(dir)
        .append("\" lang=\"").append(lang).append("\">");
    for (int i = 0; i < words.size(); i++) {
      html.append("<span class=\"w").append(linked[i] ? "" : " off").append("\" data-i=\"")
          .append(i).append("\">").append(escape(words.get(i).text())).append("</span>");
    }
    html.append("</div>\n");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
