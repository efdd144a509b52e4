import { catalogLeaks, outsideMarkers } from '../../helpers/pseudo';
import { render, msg } from '../../../src/core/i18n';

describe('pseudo-locale leak finder', () => {
  it('ignores catalog text, nested or not, and finds words outside it', () => {
    expect(outsideMarkers('⟦a ⟦b⟧ c⟧ d')).toBe(' d');
    expect(catalogLeaks(render('pseudo', msg('common.dayRange', { from: 'x', to: 'y' })))).toEqual(
      [],
    );
    expect(catalogLeaks('⟦Imported⟧ 3 rows updated')).toEqual(['rows', 'updated']);
    expect(catalogLeaks('已导入 ⟦x⟧')).toEqual(['已导入']);
  });

  it('lets data and Amazon codes through', () => {
    expect(catalogLeaks('⟦Sheet⟧ Orders MFN 1.46%', ['Orders'])).toEqual([]);
  });
});
