"""Unit tests of run.py's table logic: ratios computed from given rounds (run.sh --smoke runs
them; `python3 -m unittest test_run` in benches/compare)."""

import unittest

import run


def measurement(tool, file, round_, ns, phase=run.TOOLS_PHASE, valid=True):
    return {
        "tool": tool,
        "file": file,
        "round": round_,
        "median_ns": ns,
        "phase": phase,
        "bytes": 1000,
        "valid": valid,
    }


class PairedRatio(unittest.TestCase):
    def test_a_load_that_moves_both_tools_leaves_the_paired_ratio_alone(self):
        # The machine gets 1×, 3× and 2× slower between rounds; within a round check_json
        # takes half the other tool's time.
        ours = {0: 10.0, 1: 30.0, 2: 20.0}
        theirs = {0: 20.0, 1: 60.0, 2: 40.0}
        found = run.ratio(ours, theirs)
        self.assertEqual(found.paired, [0.5, 0.5, 0.5])
        self.assertEqual(found.median, 0.5)
        self.assertEqual(found.spread, (0.5, 0.5))

    def test_a_load_that_comes_and_goes_moves_the_unpaired_ratio_not_the_paired_one(self):
        # check_json takes half the other tool's time. The load came in round 1 while the other
        # tool ran (not check_json), and stayed for both in round 2: the medians of each tool
        # come from different moments, so the unpaired ratio says 0.2; the paired median 0.5.
        ours = {0: 10.0, 1: 12.0, 2: 30.0}
        theirs = {0: 20.0, 1: 60.0, 2: 60.0}
        found = run.ratio(ours, theirs)
        self.assertEqual(found.paired, [0.5, 0.2, 0.5])
        self.assertEqual(found.median, 0.5)
        self.assertEqual(found.unpaired, 0.2)
        self.assertEqual(found.spread, (0.35, 0.5))

    def test_the_median_and_quartiles_of_the_paired_ratios(self):
        ours = {r: float(r + 1) for r in range(5)}  # 1 2 3 4 5
        theirs = {r: 1.0 for r in range(5)}
        found = run.ratio(ours, theirs)
        self.assertEqual(found.median, 3.0)
        self.assertEqual(found.spread, (2.0, 4.0))
        self.assertEqual(found.cell(), "3.00 (2.00–4.00)")
        self.assertEqual(found.unpaired, 3.0)

    def test_only_rounds_that_measured_both_are_paired(self):
        found = run.ratio({0: 4.0, 1: 9.0, 2: 6.0}, {0: 2.0, 2: 2.0})
        self.assertEqual(found.paired, [2.0, 3.0])
        self.assertEqual(found.median, 2.5)
        with self.assertRaises(ValueError):
            run.ratio({0: 1.0}, {1: 1.0})

    def test_one_round_has_no_spread(self):
        self.assertEqual(run.ratio({0: 3.0}, {0: 2.0}).spread, (1.5, 1.5))


class FromMeasurements(unittest.TestCase):
    def test_rounds_pair_tools_on_the_same_file_and_self_ratios_within_their_phase(self):
        clean, form = "/d/k/clean_fixture.json", "/d/k/form_fixture.json"
        phase = run.pair_phase(form, clean)
        measurements = [
            measurement("check_json", clean, 0, 10.0),
            measurement("pydantic", clean, 0, 40.0),
            measurement("check_json", clean, 1, 30.0),
            measurement("pydantic", clean, 1, 60.0),
            measurement("check_json", clean, 0, 8.0, phase),
            measurement("check_json", form, 0, 12.0, phase),
            measurement("check_json", clean, 1, 20.0, phase),
            measurement("check_json", form, 1, 22.0, phase),
        ]
        rounds = run.Rounds(measurements)
        versus = rounds.versus("pydantic", clean)
        self.assertEqual(versus.paired, [0.25, 0.5])
        self.assertEqual(versus.unpaired, 20.0 / 50.0)
        # The tools phase's times of clean_fixture do not enter the self ratio.
        self.assertEqual(rounds.self_ratio(form, clean).paired, [1.5, 1.1])
        self.assertEqual(rounds.time("check_json", clean), 20.0)

    def test_self_pairs_are_the_targets_documents_that_exist(self):
        files = [
            f"/d/k/{n}.json"
            for n in ("clean_fixture", "clean_large", "clean_large_x2", "form_large", "problems_10_end")
        ]
        names = [(run.name_of(a), run.name_of(b)) for a, b in run.self_pairs(files)]
        self.assertEqual(
            names,
            [
                ("form_large", "clean_large"),
                ("clean_large_x2", "clean_large"),
                ("problems_10_end", "clean_large_x2"),
            ],
        )

    def test_the_targets_line_names_the_worst_problems_by_paired_ratio(self):
        files = [f"/d/k/{n}.json" for n in ("clean_large_x2", "problems_1_end", "problems_100_end")]
        x2, one, hundred = files
        measurements = []
        # problems_1_end is 3× in every round; problems_100_end is 2× but was measured in a
        # loaded moment once (its unpaired ratio alone would not say which is worse).
        for r, load in enumerate((1.0, 1.0, 5.0)):
            phase = run.pair_phase(one, x2)
            measurements += [measurement("check_json", x2, r, 10.0, phase), measurement("check_json", one, r, 30.0, phase)]
            phase = run.pair_phase(hundred, x2)
            measurements += [
                measurement("check_json", x2, r, 10.0 * load, phase),
                measurement("check_json", hundred, r, 20.0 * load, phase),
            ]
        line = run.targets("k", files, run.Rounds(measurements), {})
        self.assertEqual(len(line), 1)
        self.assertIn("worst problems: problems_1_end ÷ clean_large_x2 **3.00**", line[0])


class Agreement(unittest.TestCase):
    def test_two_runs_differences_paired_and_unpaired(self):
        first = {"a": run.Ratio([1.0], 1.0), "b": run.Ratio([2.0], 3.0)}
        second = {"a": run.Ratio([1.0], 1.5), "b": run.Ratio([2.0], 2.0), "c": run.Ratio([9.0], 9.0)}
        lines = run.agreement(first, second)
        self.assertEqual(lines[0], "2 ratios in both runs; relative difference between the runs:")
        self.assertTrue(lines[1].startswith("- paired: median 0.0%"), lines[1])
        self.assertTrue(lines[2].startswith("- unpaired: median 40.0%"), lines[2])


if __name__ == "__main__":
    unittest.main()
