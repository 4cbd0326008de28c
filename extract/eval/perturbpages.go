package eval

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsner/newsner/extract"
)

// PerturbationNamed returns the perturbation called name.
func PerturbationNamed(name string) (Perturbation, bool) {
	for _, p := range append(Perturbations[:len(Perturbations):len(Perturbations)], OptInPerturbations...) {
		if p.Name == name {
			return p, true
		}
	}
	return Perturbation{}, false
}

// CheckPerturbationNames returns an error naming the first of names that
// is no perturbation's (PerturbationNamed), nil if all are: a mistyped one
// of several was passed over, the others scored.
func CheckPerturbationNames(names []string) error {
	for _, n := range names {
		if _, ok := PerturbationNamed(n); !ok {
			return fmt.Errorf("no perturbation %q (have %s)", n, strings.Join(PerturbationNames(), ","))
		}
	}
	return nil
}

// PerturbPageChange is one page's F1 as it is (Base) and rewritten (Perturbed).
type PerturbPageChange struct {
	Set             string
	Base, Perturbed PageScore
}

// PerturbPageChanges scores extract.FromReader on each page of the sets as
// it is and as p rewrites it, and returns the pages whose F1 changed, the
// largest loss first.
func PerturbPageChanges(ctx context.Context, sets []Set, p Perturbation) ([]PerturbPageChange, error) {
	var out []PerturbPageChange
	for _, s := range sets {
		base, err := ScoreSet(ctx, s, extract.FromReader)
		if err != nil {
			return nil, err
		}
		pert, err := ScoreSet(ctx, PerturbSet(s, p), extract.FromReader)
		if err != nil {
			return nil, err
		}
		byID := make(map[string]PageScore, len(base.Pages))
		for _, b := range base.Pages {
			byID[b.ID] = b
		}
		for _, q := range pert.Pages {
			b := byID[q.ID]
			if q.F1() != b.F1() {
				out = append(out, PerturbPageChange{Set: s.Name, Base: b, Perturbed: q})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b PerturbPageChange) int {
		da, db := a.Perturbed.F1()-a.Base.F1(), b.Perturbed.F1()-b.Base.F1()
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return strings.Compare(a.Set+"/"+a.Base.ID, b.Set+"/"+b.Base.ID)
	})
	return out, nil
}

// RunPerturbPages writes, for the perturbation called name, the n pages of
// the sets whose F1 fell most under it (all that changed if n <= 0), then
// those it raised: set/id, F1 as is and rewritten, the change, P and R
// rewritten, and the URL.
func RunPerturbPages(ctx context.Context, w io.Writer, sharedDir, half, name string, n int, names ...string) error {
	if err := CheckPerturbationNames([]string{name}); err != nil {
		return err
	}
	p, _ := PerturbationNamed(name)
	sets, err := LoadHalves(sharedDir, half, names...)
	if err != nil {
		return err
	}
	ch, err := PerturbPageChanges(ctx, sets, p)
	if err != nil {
		return err
	}
	var lost, won []PerturbPageChange
	for _, c := range ch {
		if c.Perturbed.F1() < c.Base.F1() {
			lost = append(lost, c)
		} else {
			won = append(won, c)
		}
	}
	slices.Reverse(won)
	write := func(title string, cs []PerturbPageChange) {
		fmt.Fprintf(w, "%s pages %s under %s (%d; set/id, F1 as is, rewritten, change, P R rewritten, url):\n", extract.Version, title, name, len(cs))
		if n > 0 && len(cs) > n {
			cs = cs[:n]
		}
		for _, c := range cs {
			fmt.Fprintf(w, "  %-28s %.3f %.3f %+.3f  %.3f %.3f  %s\n", c.Set+"/"+c.Base.ID, c.Base.F1(), c.Perturbed.F1(), c.Perturbed.F1()-c.Base.F1(), c.Perturbed.P, c.Perturbed.R, c.Base.URL)
		}
	}
	write("lost", lost)
	write("won", won)
	return nil
}
