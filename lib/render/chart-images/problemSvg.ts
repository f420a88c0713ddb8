import { FONT_FAMILY, STANDALONE_HEIGHT, STANDALONE_WIDTH } from '@/lib/render/charts/standaloneSvg'
import { element } from '@/lib/render/charts/xml'

/**
 * Why there is no chart, as an SVG of the chart's size: an SVG route's refusal is an SVG too, so
 * that it can be read where the chart was asked for, opened directly or in an `<img>`.
 */
export function buildProblemSvg(problem: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    element(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: STANDALONE_WIDTH,
        height: STANDALONE_HEIGHT,
        viewBox: `0 0 ${STANDALONE_WIDTH} ${STANDALONE_HEIGHT}`,
        role: 'img',
        'aria-labelledby': 'problem',
        'font-family': FONT_FAMILY,
      },
      [
        element('title', { id: 'problem' }, { text: problem }),
        element('rect', { width: '100%', height: '100%', fill: '#ffffff', stroke: '#cbd5e1' }),
        element(
          'text',
          {
            x: STANDALONE_WIDTH / 2,
            y: STANDALONE_HEIGHT / 2,
            'text-anchor': 'middle',
            'font-size': 16,
            fill: '#334155',
          },
          { text: problem },
        ),
      ],
    ),
    '\n',
  ].join('')
}
