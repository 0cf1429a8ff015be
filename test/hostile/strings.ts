/** Strings an origin, a zone or a fork may send, each aimed at one way out of the program. */
export const HOSTILE: Readonly<Record<string, string>> = {
  ansi: '\x1b[31mred\x1b[0m\x1b]0;title\x07',
  commandAfterNewline: 'cname.example.\n::error title=Forged::pwned',
  commandAtStart: '::warning file=x,line=1::forged',
  carriageReturn: 'safe\rFAKE LINE',
  backslashLink: '\\[x\\](https://evil.example)',
  imageLink: '![p](https://evil.example/p.png)',
  entityMention: '&#64;team &#x40;owners',
  details: '<details><summary>open',
  html: '<img src=https://evil.example/p.png>',
  heading: 'x\n\n# Approved\n',
  pipe: 'a | b |',
  separators: 'line\u2028separator\u0085next',
}

/** 10 MB of one character, with a forged command after it. */
export const HUGE = `${'A'.repeat(10 * 1024 * 1024)}\n::error::late`
