import { readFileSync, mkdtempSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseBlockYaml } from '../../../src/sources/block-yaml.js'
import { parseWithYamlLibrary, SHORT_FORMS, type TreeNode } from '../../../src/sources/tree.js'
import { labDistributions, writeSourceFiles } from '../../../src/lab/source-files.js'
import { SCENARIOS } from '../../../src/lab/scenarios.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES } from './helpers.js'

const SHORT = SHORT_FORMS

function asFunction(node: TreeNode): TreeNode {
  if (node.kind !== 'map' || node.entries.size !== 1) return node
  const [key, entry] = [...node.entries][0]!
  return key === 'Ref' || key === 'Condition' || (key.startsWith('Fn::') && SHORT.has(key.slice(4)))
    ? { kind: 'function', line: node.line, name: key, argument: entry.value }
    : node
}

/** The line reader must give exactly the tree the YAML library gives, lines included. */
function expectSameTree(text: string): void {
  const fast = parseBlockYaml(text, SHORT, asFunction)
  expect(fast, 'the line reader read it').toBeDefined()
  expect(fast).toEqual(parseWithYamlLibrary(text))
}

describe('the line reader for YAML templates', () => {
  it('reads the fixture template as the YAML library does', () => {
    expectSameTree(readFileSync(`${FIXTURES}shop-cdn.yaml`, 'utf8'))
  })

  it('reads the generated lab template as the YAML library does', () => {
    const origins = SCENARIOS.slice(0, 8).map((scenario, i) => ({
      scenario,
      address: '127.0.0.1',
      port: 40_000 + i,
      close: async () => {},
    }))
    const dir = mkdtempSync(join(tmpdir(), 'op-block-yaml-'))
    writeSourceFiles('cloudformation', labDistributions(origins), dir)
    expectSameTree(readFileSync(join(dir, 'lab-cdn.yaml'), 'utf8'))
  })

  it.each([
    ['tags with block arguments', 'A: !If\n  - Cond\n  - !Ref X\n  - !GetAtt B.C\nB:\n  !Join\n    - ""\n    - [a, !Ref B]\n'],
    ["a sequence at the key's column, compact nesting", 'Items:\n- Id: a\n  Ports: [80, 443]\n- - x\n  - y\n-\n  k: v\n'],
    ['comments, quotes and #', 'A: "x # y" # c\nB: \'it\'\'s\'  # c\nC: a#b\n# only\nD: "\\u00e9\\n"\n'],
    ['block scalars', 'A: |\n  line 1\n  line 2\n\nB: >-\n  folded\n  text\n\n  para\nC: !Sub |\n  ${A}.example.com\nD: x\n'],
    [
      'scalars of every kind',
      'a: 8443\nb: 1.5\nc: true\nd: ~\ne:\nf: 2010-09-09\ng: "8443"\nh: -1\ni: { x: 1, y: [], z: {} }\n8080: port\n',
    ],
    ['CRLF and a missing final newline', 'A:\r\n  B: 1\r\n  C: [x]'],
    ['duplicate keys', 'A: 1\nB: 2\nA: 3\n'],
    [
      "keys with colons, quoted keys, a sequence at its key's column then a key",
      [
        'Transform: AWS::Serverless-2016-10-31',
        'AWS::CloudFormation::Interface:',
        "  'AWS:SourceArn': !Sub 'arn:${AWS::Region}'",
        '  "Quoted": x',
        'List:',
        '- a',
        '- b',
        'Next: 1',
        '',
      ].join('\n'),
    ],
  ])('%s', (_, text) => expectSameTree(text))

  it.each([
    ['anchors', 'A: &x 1\nB: *x\n'],
    ['a multi-line plain scalar', 'A: one\n  two\n'],
    ['a multi-line flow collection', 'A: [1,\n  2]\n'],
    ['another tag', 'A: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\nA: 1\n'],
  ])('leaves %s to the YAML library', (_, text) => {
    expect(parseBlockYaml(text, SHORT, asFunction)).toBeUndefined()
  })
})
