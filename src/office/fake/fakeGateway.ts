/** Wires the real gateway to an in-memory fake (tests, e2e without installing globals). */
import type { ExcelRun, OfficeLike } from '../deps';
import type { ExcelGateway } from '../gateway';
import { createOfficeGateway, type OfficeGatewayOptions } from '../officeGateway';
import { FakeExcel, type FakeSeed } from './excelFake';

export function fakeDeps(fake: FakeExcel): { run: ExcelRun; office: OfficeLike } {
  return { run: fake.run as unknown as ExcelRun, office: fake.office as unknown as OfficeLike };
}

export function gatewayOverFake(fake: FakeExcel, options: Omit<OfficeGatewayOptions, 'run' | 'office'> = {}): ExcelGateway {
  return createOfficeGateway({ ...options, ...fakeDeps(fake) });
}

export function fakeWithGateway(seed: FakeSeed): { fake: FakeExcel; gateway: ExcelGateway } {
  const fake = new FakeExcel(seed);
  return { fake, gateway: gatewayOverFake(fake) };
}
