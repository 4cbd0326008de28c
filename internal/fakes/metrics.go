package fakes

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// MetricValues returns what the metric family name in g holds, by the value
// of its label label: a counter's or a gauge's value, a histogram's sum of
// samples; metrics with the same label value (or, with label "" or a
// metric without that label, all of them under "") are added up. A family g
// does not have gives an empty map.
func MetricValues(t testing.TB, g prometheus.Gatherer, name, label string) map[string]float64 {
	t.Helper()
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			key := ""
			for _, l := range m.GetLabel() {
				if label != "" && l.GetName() == label {
					key = l.GetValue()
				}
			}
			switch {
			case m.Counter != nil:
				out[key] += m.GetCounter().GetValue()
			case m.Gauge != nil:
				out[key] += m.GetGauge().GetValue()
			case m.Histogram != nil:
				out[key] += m.GetHistogram().GetSampleSum()
			}
		}
	}
	return out
}
