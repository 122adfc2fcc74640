export {
  aggregate,
  createAggregator,
  type AggregateRow,
  type AggregateSpec,
  type Aggregator,
  type GroupBy,
  type KeyField,
  type KeyFunction,
  type KeyValue,
  type Measures,
  type SpecRow,
} from './aggregate.ts';
export { count, sum, mean, min, max, type Measure, type NumericRow } from './measures.ts';
export {
  sumMoney,
  type ConvertedMoney,
  type ExchangeRates,
  type MoneyRow,
  type MoneyTotals,
  type SumMoneyMeasure,
  type SumMoneyOptions,
} from './money.ts';
export { UNSPECIFIED_PERIOD, month, quarter, year, type DateRow } from './periods.ts';
