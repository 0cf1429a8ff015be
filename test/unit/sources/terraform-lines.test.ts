import { describe, expect, it } from 'vitest'
import { blocksOf, parseHcl } from '../../../src/sources/terraform-lines.js'

describe('HCL block structure', () => {
  it('skips braces in strings, templates, heredocs and comments', () => {
    const text = [
      'locals {', //1
      '  a = "x { y"', //2
      '  b = "${var.z == "}" ? 1 : 2}"', //3
      '  c = <<-EOT', //4
      '    origin {', //5
      '  EOT', //6
      '  d = { k = "v" }', //7
      '}', //8
      '# resource "aws_cloudfront_distribution" "fake" {', //9
      '/* origin { */', //10
      'resource "aws_cloudfront_distribution" "real" {', //11
      '  origin { origin_id = "one" }', //12
      '  dynamic "origin" {', //13
      '    for_each = var.x', //14
      '    content { origin_id = origin.key }', //15
      '  }', //16
      '  origin {', //17
      '    custom_origin_config {', //18
      '      https_port = 8443', //19
      '    }', //20
      '  }', //21
      '}', //22
    ].join('\n')
    const root = parseHcl(text)
    expect(root.blocks.map((b) => [b.type, b.labels, b.line])).toEqual([
      ['locals', [], 1],
      ['resource', ['aws_cloudfront_distribution', 'real'], 11],
    ])
    expect([...root.blocks[0]!.attributes]).toEqual([
      ['a', 2],
      ['b', 3],
      ['c', 4],
      ['d', 7],
    ])
    const resource = root.blocks[1]!
    expect(blocksOf(resource, 'origin').map((b) => b.line)).toEqual([12, 17])
    expect(blocksOf(resource, 'dynamic')[0]!.labels).toEqual(['origin'])
    expect(blocksOf(blocksOf(resource, 'origin')[1], 'custom_origin_config')[0]!.attributes.get('https_port')).toBe(19)
  })
})
