#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Writes the .exsd schemas of the extension points from points.json; each example is copied from a real
contribution in this repository, so it cannot rot. --check: fail when a committed schema differs (./siempleo test).
Run from anywhere: python3 tools/exsd/write-exsd.py [--check]"""
import sys, json, os
CHECK = "--check" in sys.argv
STALE = []
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../.."))
from xml.sax.saxutils import escape
def exsd(plugin, pid, name, doc, elements, example, api, out):
    # elements: list of (name, doc, [ (attr, use, kind(string|java|boolean|enum:a,b), doc, basedOn/translatable) ], children)
    parts = [f"""<?xml version='1.0' encoding='UTF-8'?>
<!-- Schema file written by PDE -->
<schema targetNamespace="{plugin}" xmlns="http://www.w3.org/2001/XMLSchema">
<annotation>
      <appinfo>
         <meta.schema plugin="{plugin}" id="{pid}" name="{name}"/>
      </appinfo>
      <documentation>
         {escape(doc)}
      </documentation>
   </annotation>

   <element name="extension">
      <annotation>
         <appinfo>
            <meta.element />
         </appinfo>
      </annotation>
      <complexType>
         <sequence>
""" + "".join(f'            <element ref="{e[0]}" minOccurs="1" maxOccurs="unbounded"/>\n' for e in elements if e[4]) + f"""         </sequence>
         <attribute name="point" type="string" use="required">
            <annotation>
               <documentation>
                  &lt;code&gt;{plugin}.{pid}&lt;/code&gt;
               </documentation>
            </annotation>
         </attribute>
         <attribute name="id" type="string">
            <annotation>
               <documentation>
                  Optional id of this extension.
               </documentation>
            </annotation>
         </attribute>
         <attribute name="name" type="string">
            <annotation>
               <documentation>
                  Optional name of this extension.
               </documentation>
               <appinfo>
                  <meta.attribute translatable="true"/>
               </appinfo>
            </annotation>
         </attribute>
      </complexType>
   </element>
"""]
    for ename, edoc, attrs, children, top in elements:
        seq = ""
        if children:
            seq = "         <sequence>\n" + "".join(f'            <element ref="{c}" minOccurs="0" maxOccurs="unbounded"/>\n' for c in children) + "         </sequence>\n"
        a = ""
        for aname, use, kind, adoc, extra in attrs:
            appinfo = ""
            if kind == "java":
                appinfo = f'               <appinfo>\n                  <meta.attribute kind="java" basedOn=":{extra}"/>\n               </appinfo>\n'
            elif kind == "resource":
                appinfo = '               <appinfo>\n                  <meta.attribute kind="resource"/>\n               </appinfo>\n'
            elif extra == "translatable":
                appinfo = '               <appinfo>\n                  <meta.attribute translatable="true"/>\n               </appinfo>\n'
            typ = "boolean" if kind == "boolean" else "string"
            restr = ""
            if kind.startswith("enum:"):
                vals = kind[5:].split(",")
                a += f'         <attribute name="{aname}" use="{use}">\n            <annotation>\n               <documentation>\n                  {escape(adoc)}\n               </documentation>\n            </annotation>\n            <simpleType>\n               <restriction base="string">\n' + "".join(f'                  <enumeration value="{v}">\n                  </enumeration>\n' for v in vals) + '               </restriction>\n            </simpleType>\n         </attribute>\n'
                continue
            a += f'         <attribute name="{aname}" type="{typ}" use="{use}">\n            <annotation>\n               <documentation>\n                  {escape(adoc)}\n               </documentation>\n{appinfo}            </annotation>\n         </attribute>\n'
        parts.append(f"""
   <element name="{ename}">
      <annotation>
         <documentation>
            {escape(edoc)}
         </documentation>
      </annotation>
      <complexType>
{seq}{a}      </complexType>
   </element>
""")
    parts.append(f"""
   <annotation>
      <appinfo>
         <meta.section type="since"/>
      </appinfo>
      <documentation>
         0.1.0
      </documentation>
   </annotation>

   <annotation>
      <appinfo>
         <meta.section type="examples"/>
      </appinfo>
      <documentation>
         {escape(example)}
      </documentation>
   </annotation>

   <annotation>
      <appinfo>
         <meta.section type="apiinfo"/>
      </appinfo>
      <documentation>
         {escape(api)}
      </documentation>
   </annotation>

</schema>
""")
    text = "".join(parts)
    if CHECK:
        current = open(out, encoding="utf-8").read() if os.path.exists(out) else ""
        if current != text:
            print("exsd: " + out + " is stale; run python3 tools/exsd/write-exsd.py", file=sys.stderr)
            STALE.append(out)
        return
    open(out, "w", encoding="utf-8").write(text)

import re, os
def example_of(path, point):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'( *)<extension point="' + re.escape(point) + r'">.*?</extension>', text, re.S)
    block = m.group(0)
    indent = len(m.group(1))
    lines = [l[indent:] if l.startswith(" " * indent) else l for l in block.split("\n")]
    return "Copied from " + path + " (a real contribution, compiled and tested by the build):\n<pre class=\"Embedded\">\n" + "\n".join(lines) + "\n</pre>"
spec = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "points.json"), encoding="utf-8"))
for s in spec:
    if "example_from" in s:
        s["example"] = example_of(s["example_from"], s["plugin"] + "." + s["id"])
    exsd(s["plugin"], s["id"], s["name"], s["doc"], [tuple(e) for e in s["elements"]], s["example"], s["api"], s["out"])
if STALE:
    sys.exit(1)
print("exsd: " + str(len(spec)) + " schemas " + ("up to date" if CHECK else "written"))
