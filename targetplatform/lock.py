#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Locks targetplatform/siempleo.target to the bundles a build really used (see targetplatform/README.md).

  lock.py PRODUCT_OR_TEST_WORK_DIR...          prints "symbolic-name version kind groupId:artifactId:version"
                                               for every third-party bundle of the materialized products
                                               (…/plugins/) and test runtimes (…/work/configuration/config.ini)
  lock.py --write TARGET USED.txt              adds each used artifact that TARGET does not list yet to the
                                               location that owns it, and sets every location to depth "none"

A wrapped jar names its Maven artifact in Bundle-Name ("Bundle derived from maven artifact g:a:v"); any other
bundle is found in ~/.m2 by symbolic name and version. Tycho's own test harness bundles are left out.
"""
import glob, json, os, re, sys, zipfile
from urllib.parse import unquote

M2 = os.path.expanduser('~/.m2/repository')

def headers(path):
    try:
        if os.path.isdir(path):
            mf = os.path.join(path, 'META-INF', 'MANIFEST.MF')
            text = open(mf, encoding='utf-8', errors='replace').read() if os.path.exists(mf) else ''
        else:
            with zipfile.ZipFile(path) as z:
                text = z.read('META-INF/MANIFEST.MF').decode('utf-8', 'replace')
    except (OSError, KeyError, zipfile.BadZipFile):
        return {}
    result, key = {}, None
    for line in text.replace('\r\n', '\n').split('\n'):
        if line.startswith(' ') and key:
            result[key] += line[1:]
        elif ':' in line:
            key, value = line.split(':', 1)
            result[key] = value.strip()
    return result

def gav_from_m2_path(path):
    rel = os.path.relpath(path, M2).split(os.sep)
    if rel[0] == '..' or len(rel) < 4 or rel[-2].startswith('bnd-'):
        return None
    version, artifact, group = rel[-2], rel[-3], '.'.join(rel[:-3])
    return '%s:%s:%s' % (group, artifact, version) if rel[-1].startswith(artifact + '-' + version) else None

_index = None
def m2_index():
    global _index
    if _index is None:
        _index = {}
        for jar in glob.glob(os.path.join(M2, '**', '*.jar'), recursive=True):
            if jar.endswith('-sources.jar') or '/bnd-' in jar or '/.cache/' in jar:
                continue
            h = headers(jar)
            gav = gav_from_m2_path(jar)
            if gav and 'Bundle-SymbolicName' in h:
                key = h['Bundle-SymbolicName'].split(';')[0].strip() + '_' + h.get('Bundle-Version', '0.0.0')
                _index.setdefault(key, gav)
    return _index

def bundle_paths(folder):
    config = os.path.join(folder, 'configuration', 'config.ini')
    if os.path.exists(config):
        text = open(config, encoding='utf-8').read().replace('\\\n', '')
        line = next((l for l in text.split('\n') if l.startswith('osgi.bundles=')), '')
        for entry in line[len('osgi.bundles='):].split(','):
            m = re.search(r'reference\\?:file\\?:(.*?)(@.*)?$', entry)
            if m:
                yield unquote(m.group(1).replace('\\:', ':'))
        return
    yield from glob.glob(os.path.join(folder, '**', 'plugins', '*'), recursive=True)

def describe(path):
    h = headers(path)
    bsn = h.get('Bundle-SymbolicName', '').split(';')[0].strip()
    version = h.get('Bundle-Version', '')
    if not bsn or bsn.startswith('hn.siempleo') or bsn.startswith('org.eclipse.tycho'):
        return None
    wrapped = re.match(r'Bundle derived from maven artifact (\S+:\S+:\S+)', h.get('Bundle-Name', ''))
    if wrapped:
        return bsn, version, 'wrapped', wrapped.group(1)
    gav = gav_from_m2_path(path) or m2_index().get(bsn + '_' + version)
    if gav is None:
        return bsn, version, 'UNKNOWN', '-'
    if gav.startswith(('org.eclipse.tycho:', 'org.apache.maven')):
        return None
    return bsn, version, 'maven', gav

def used(folders):
    seen = set()
    for folder in folders:
        for path in bundle_paths(folder):
            d = describe(path)
            if d and d not in seen:
                seen.add(d)
                print(' '.join(d))

# Where an artifact goes when it is not listed yet. Wrapped jars must stay in the location whose bnd
# instructions name them (Batik, Rhino, Xerces, POI); real bundles go by group.
WRAPPED_IN = {
    'Eclipse RCP and Equinox': ('xml-apis:xml-apis-ext', 'org.apache.xmlgraphics:batik-css', 'org.apache.xmlgraphics:batik-util',
        'org.apache.xmlgraphics:batik-shared-resources', 'org.apache.xmlgraphics:batik-constants', 'org.apache.xmlgraphics:batik-i18n',
        'org.apache.xmlgraphics:xmlgraphics-commons', 'org.codehaus.mojo:animal-sniffer-annotations'),
    'Apache POI and PDFBox': ('org.apache.poi:', 'org.apache.xmlbeans:', 'com.github.virtuald:', 'com.zaxxer:'),
}
BY_GROUP = [
    ('EMF runtime', ('org.eclipse.emf',)),
    ('BIRT 4.22 engine and emitters', ('org.eclipse.birt', 'com.github.librepdf', 'org.bouncycastle', 'org.eclipse.jetty.toolchain',
                                       'commons-cli', 'commons-logging')),
    ('NatTable', ('org.eclipse.nebula', 'org.eclipse.collections', 'com.glazedlists', 'org.slf4j', 'commons-codec')),
    ('Apache POI and PDFBox', ('org.apache.poi', 'org.apache.pdfbox', 'org.apache.commons', 'commons-io', 'org.apache.logging')),
    ('JUnit 5', ('org.junit', 'org.opentest4j', 'org.apiguardian', 'org.hamcrest')),
    ('PostgreSQL store', ('org.postgresql', 'org.flywaydb', 'com.zaxxer:HikariCP')),
]

def location_of(kind, gav):
    group = gav.split(':')[0]
    if kind == 'wrapped':
        for label, prefixes in WRAPPED_IN.items():
            if any(gav.startswith(p) for p in prefixes):
                return label
        return 'BIRT 4.22 engine and emitters'
    for label, groups in BY_GROUP:  # a group (and its subgroups), or group:artifact
        if any(group == g or group.startswith(g + '.') or gav.startswith(g + ':') for g in groups):
            return label
    return 'Eclipse RCP and Equinox'

DEPENDENCY = re.compile(r'<dependency><groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version>')
LOCATION = re.compile(r'(<location [^>]*label="([^"]+)">)(.*?)(</location>)', re.S)
MARK = '        <!-- locked: what the roots above pulled in when the lock was made (targetplatform/README.md) -->'

def write(target, used_file):
    text = open(target, encoding='utf-8').read()
    listed = {':'.join(m.groups()) for m in DEPENDENCY.finditer(text)}
    additions = {}
    for line in open(used_file, encoding='utf-8'):
        parts = line.split()
        if len(parts) == 4 and parts[2] in ('maven', 'wrapped') and parts[3] not in listed:
            listed.add(parts[3])
            additions.setdefault(location_of(parts[2], parts[3]), []).append(parts[3].split(':'))
        elif len(parts) == 4 and parts[2] == 'UNKNOWN':
            sys.exit('not found in ~/.m2: %s %s' % (parts[0], parts[1]))
    labels = {m.group(2) for m in LOCATION.finditer(text)}
    for label in additions:
        if label not in labels:
            sys.exit('no location labelled "%s" for %s' % (label, additions[label]))
    def locked(m):
        head = re.sub(r'includeDependencyDepth="[^"]+"', 'includeDependencyDepth="none"', m.group(1))
        body = re.sub(r'\n\s*<exclude>[^<]*</exclude>', '', m.group(3))
        entries = sorted(additions.get(m.group(2), []))
        if entries:
            lines = [] if MARK in body else [MARK]
            lines += ['        <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>jar</type></dependency>'
                      % tuple(e) for e in entries]
            body = body.replace('\n      </dependencies>', '\n' + '\n'.join(lines) + '\n      </dependencies>', 1)
        return head + body + m.group(4)
    open(target, 'w', encoding='utf-8').write(LOCATION.sub(locked, text))
    print('%d artifact(s) added' % sum(len(v) for v in additions.values()))

if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == '--write':
        write(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and not sys.argv[1].startswith('-'):
        used(sys.argv[1:])
    else:
        sys.exit(__doc__)
