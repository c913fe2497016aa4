import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { widgetOptions } from '../../main/resources/public/js/widget-shell.js';

describe('widgetOptions', () => {
  it('reads the title, language and colour of the script tag', () => {
    const options = widgetOptions({ tactTitle: ' Help ', tactLang: 'de-CH', tactColor: '#0a7' }, 'https://tact.test/');
    assert.deepEqual(options, { base: 'https://tact.test/', title: 'Help', lang: 'de-CH', color: '#0a7' });
  });

  it('falls back to the default title and ignores values that are not a language or a colour', () => {
    const options = widgetOptions({ tactLang: 'x;y', tactColor: 'red; background: url(x)' }, 'https://tact.test/p/');
    assert.equal(options.title, 'Tact — customer care');
    assert.equal(options.lang, '');
    assert.equal(options.color, '');
    assert.equal(options.base, 'https://tact.test/p/');
  });
});
