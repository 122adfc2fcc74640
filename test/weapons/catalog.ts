import type { WeaponSystem } from 'nsatu';

/** A small catalogue with the look-alikes that must stay apart. */
export const catalog: WeaponSystem[] = [
  {
    id: 'pzh-2000',
    name: 'PzH 2000',
    nativeNames: ['Panzerhaubitze 2000'],
    category: 'sp-artillery',
    capability: 'artillery',
    ammunition: ['155mm-nato'],
  },
  {
    id: 'gepard',
    name: 'Gepard',
    aliases: ['Cheetah', 'Flakpanzer Gepard'],
    category: 'spaag',
    capability: 'iamd',
    ammunition: ['35mm'],
  },
  { id: 'iris-t-slm', name: 'IRIS-T SLM', category: 'sam', capability: 'iamd' },
  { id: 'iris-t-sls', name: 'IRIS-T SLS', category: 'sam', capability: 'iamd' },
  {
    id: 'm270',
    name: 'M270',
    aliases: ['M270 MLRS'],
    category: 'mlrs',
    capability: 'artillery',
    variants: [
      { id: 'mars-ii', name: 'MARS II' },
      { id: 'lru', name: 'LRU' },
    ],
  },
  {
    id: 'm142-himars',
    name: 'M142 HIMARS',
    aliases: ['HIMARS'],
    designations: ['M142'],
    category: 'mlrs',
    capability: 'artillery',
  },
  {
    id: 'leopard-1',
    name: 'Leopard 1',
    category: 'tank',
    capability: 'armour',
    variants: [{ id: 'leopard-1a5', name: 'Leopard 1A5' }],
  },
  {
    id: 'leopard-2',
    name: 'Leopard 2',
    category: 'tank',
    capability: 'armour',
    variants: [
      { id: 'leopard-2a4', name: 'Leopard 2A4' },
      { id: 'leopard-2a6', name: 'Leopard 2A6' },
      { id: 'strv-122', name: 'Strv 122', nativeNames: ['Stridsvagn 122'] },
    ],
  },
  {
    id: 'zuzana',
    name: 'Zuzana',
    category: 'sp-artillery',
    capability: 'artillery',
    ammunition: ['152mm-soviet'],
  },
  {
    id: 'zuzana-2',
    name: 'Zuzana 2',
    aliases: ['Zuzana 155mm'],
    category: 'sp-artillery',
    capability: 'artillery',
    ammunition: ['155mm-nato'],
  },
  {
    id: 'stinger',
    name: 'Stinger',
    designations: ['FIM-92'],
    category: 'manpads',
    capability: 'iamd',
  },
  {
    id: 'patriot',
    name: 'Patriot',
    designations: ['MIM-104'],
    category: 'sam',
    capability: 'iamd',
    variants: [
      { id: 'pac-2', name: 'PAC-2' },
      { id: 'pac-3', name: 'PAC-3' },
    ],
  },
  { id: 's-300', name: 'S-300', designations: ['96K6'], category: 'sam', capability: 'iamd' },
];
