#!/usr/bin/env python3
"""Disassembles a method HotSpot printed without a disassembler plugin.

Without hsdis, -XX:+PrintAssembly prints each compiled method's code as hex words. Debian's
libhsdis0-fcml exports only the old decode_instructions entry point, which JDK 17 no longer
calls, so this script turns the hex back into bytes and hands them to objdump (binutils).

  java -jar bcf-examples/target/benchmarks.jar 'StatisticsBenchmark.wilson' -f 1 -wi 3 -i 3 \
      -jvmArgsAppend "-XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,*StatisticsBenchmark_wilsonLibrary_jmhTest.wilsonLibrary_avgt_jmhStub" \
      > asm.log
  python3 bcf-examples/cli/src/jmh/tools/disassemble.py asm.log wilsonLibrary_avgt_jmhStub

prints the last C2 compilation (not on-stack replacement) of the method whose "Compiled method"
header contains the second argument, in Intel syntax at the addresses HotSpot gave.
"""
import re
import subprocess
import sys
import tempfile


def sections(lines, wanted):
    """(header, [(address, hex text)]) for every C2, non-OSR compilation whose header names wanted."""
    found, current = [], None
    for line in lines:
        if line.startswith('Compiled method'):
            current = None
            if '(c2)' in line and wanted in line and ' % ' not in line:
                current = []
                found.append((line, current))
            continue
        if current is None:
            continue
        if line.startswith('[Exception Handler]') or line.startswith('[Stub Code]'):
            current.append(None)
        match = re.match(r'\s+(0x[0-9a-f]+):\s+(.*)', line)
        if match:
            current.append((int(match.group(1), 16), match.group(2).split(';')[0]))
    return found


def code(items):
    """The method's instruction bytes and the address of the first: hex words up to the stubs."""
    data, start = bytearray(), None
    for item in items:
        if item is None:
            break
        address, text = item
        words = text.replace('|', ' ').split()
        if not words or not all(re.fullmatch(r'[0-9a-f]{2,4}', w) for w in words):
            continue
        if start is None:
            start = address
        for word in words:
            data += bytes.fromhex(word)
    return data, start


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: disassemble.py LOG METHOD')
    with open(sys.argv[1], encoding='utf-8', errors='replace') as log:
        found = sections(log.read().split('\n'), sys.argv[2])
    if not found:
        sys.exit('no C2 compilation of ' + sys.argv[2] + ' in ' + sys.argv[1])
    header, items = found[-1]
    data, start = code(items)
    if start is None:
        sys.exit('no code bytes under: ' + header)
    with tempfile.NamedTemporaryFile(suffix='.bin') as raw:
        raw.write(data)
        raw.flush()
        listing = subprocess.run(['objdump', '-D', '-b', 'binary', '-mi386:x86-64', '-Mintel',
                                  '--adjust-vma=%d' % start, raw.name],
                                 capture_output=True, text=True, check=True).stdout
    print(header)
    print(listing)


if __name__ == '__main__':
    main()
