"""Data access for the dashboard: every query the pages run, and the arithmetic on its rows.

The marts are read from the database dbt built, chosen by the same environment variables as
profiles.yml: DuckDB (``LEAD_QUALIFICATION_DUCKDB_PATH``, default target/lead_qualification.duckdb)
unless ``LEAD_QUALIFICATION_TARGET=postgres`` (``LEAD_QUALIFICATION_PG_*``). Queries are plain SQL
both engines run; filters are bound parameters. Functions return pandas frames, so the pages only
lay them out, and the tests call the same functions on a built demo database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from lead_qualification import PROJECT_ROOT as ROOT
from lead_qualification import layer_schema



class MissingData(Exception):
    """The database or a mart is not there: the message says what to run."""


@dataclass(frozen=True)
class Filters:
    """What the sidebar chooses: a period of MQL dates (inclusive) and segments (empty: all)."""

    start: dt.date | None = None
    end: dt.date | None = None
    sources: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()


@dataclass
class Marts:
    """A read-only view of the marts in one database."""

    engine: str = field(default_factory=lambda: "postgres" if os.environ.get("LEAD_QUALIFICATION_TARGET") == "postgres"
                        else "duckdb")
    schema: str = field(default_factory=lambda: os.environ.get("LEAD_QUALIFICATION_SCHEMA", ""))
    duckdb_path: str = field(default_factory=lambda: os.environ.get(
        "LEAD_QUALIFICATION_DUCKDB_PATH", str(ROOT / "target" / "lead_qualification.duckdb")))
    # PostgreSQL: the user to read as, e.g. the read-only BI role (var bi_role); default the
    # LEAD_QUALIFICATION_PG_USER dbt builds with.
    pg_user: str | None = field(default_factory=lambda: os.environ.get("LEAD_QUALIFICATION_DASHBOARD_PG_USER"))

    def __post_init__(self):
        self.schema = self.schema or ("main" if self.engine == "duckdb" else "analytics")
        if self.engine == "duckdb" and not Path(self.duckdb_path).exists():
            raise MissingData(f"No database at {self.duckdb_path}. Run `make build` first, or point "
                              "LEAD_QUALIFICATION_DUCKDB_PATH at the DuckDB file dbt built.")

    def describe(self) -> str:
        if self.engine == "duckdb":
            return f"DuckDB {self.duckdb_path}, schema {layer_schema(self.schema, 'marts')}"
        host = os.environ.get("LEAD_QUALIFICATION_PG_HOST", "127.0.0.1")
        user = self.pg_user or os.environ.get("LEAD_QUALIFICATION_PG_USER", "postgres")
        return f"PostgreSQL {host} as {user}, schema {layer_schema(self.schema, 'marts')}"

    def query(self, sql: str, **params) -> pd.DataFrame:
        """Run ``sql`` with ``{schema}`` (the marts' schema) and ``{seeds}`` (the scoring seeds')
        filled in, and ``%(name)s`` parameters bound. ``self.schema`` is the target's schema."""
        sql = sql.format(schema=layer_schema(self.schema, "marts"), seeds=layer_schema(self.schema, "seeds"))
        try:
            if self.engine == "duckdb":
                import duckdb

                con = duckdb.connect(self.duckdb_path, read_only=True)
                try:
                    frame = con.execute(re.sub(r"%\((\w+)\)s", r"$\1", sql), params).df()
                finally:
                    con.close()
            else:
                from lead_qualification.demo_world.writers import postgres_connection

                con = postgres_connection(user=self.pg_user)
                try:
                    with con.cursor() as cur:
                        cur.execute(sql, params)
                        frame = pd.DataFrame(cur.fetchall(), columns=[d[0] for d in cur.description])
                finally:
                    con.close()
        except Exception as error:  # the drivers' "no such table" errors differ; both say the name
            missing = re.search(r"(?:Table with name|relation) \"?([\w.\"]+)\"? does not exist", str(error))
            if missing:
                raise MissingData(f"The mart {missing.group(1)} is not in {self.describe()}. Run `make build` "
                                  "(or `dbt build`) against this database.") from error
            raise
        return _numbers_as_floats(frame)


def _numbers_as_floats(frame: pd.DataFrame) -> pd.DataFrame:
    """Decimals (PostgreSQL hands them over as Decimal) as floats, nulls as NaN/None alike."""
    for column in frame.columns:
        if frame[column].map(lambda v: v.__class__.__name__ == "Decimal").any():
            frame[column] = frame[column].astype(float)
    return frame


def _days_chosen(column: str, filters: Filters) -> tuple[list[str], dict]:
    """Conditions and parameters keeping the timestamps ``column`` on the chosen days (inclusive)."""
    conditions, params = [], {}
    if filters.start:
        conditions.append(f"{column} >= %(start)s")
        params["start"] = dt.datetime.combine(filters.start, dt.time.min)
    if filters.end:
        conditions.append(f"{column} < %(end)s")
        params["end"] = dt.datetime.combine(filters.end + dt.timedelta(days=1), dt.time.min)
    return conditions, params


def _periods_chosen(filters: Filters, grain: str) -> tuple[list[str], dict]:
    """Conditions and parameters keeping a report's periods (period_start) that overlap the chosen days."""
    conditions, params = [], {}
    if filters.start:
        conditions.append("period_start >= %(start)s")
        params["start"] = _period_start(filters.start, grain)
    if filters.end:
        conditions.append("period_start <= %(end)s")
        params["end"] = filters.end
    return conditions, params


def _segment_filter(filters: Filters, prefix: str = "") -> tuple[str, dict]:
    """SQL conditions and parameters for the filters: the period on mql_at, the segments on
    lead_source, tier and owner_id (of ``prefix``: a table alias and a dot, or nothing)."""
    conditions, params = _days_chosen(f"{prefix}mql_at", filters)
    for column, values in (("lead_source", filters.sources), ("tier", filters.tiers), ("owner_id", filters.owners)):
        if values:
            names = [f"{column}_{i}" for i in range(len(values))]
            conditions.append(f"{prefix}{column} in ({', '.join(f'%({n})s' for n in names)})")
            params.update(zip(names, values))
    return (" and ".join(conditions) or "true"), params


# --- shared ---------------------------------------------------------------------------------------

def as_of(marts: Marts) -> dt.datetime:
    """The instant the current scores are taken at (dim_leads.score_as_of): 'today' on every page."""
    value = marts.query("select max(score_as_of) as as_of from {schema}.dim_leads").as_of[0]
    if value is None or pd.isna(value):
        raise MissingData("dim_leads is empty: there is nothing scored yet. Load raw data and run `dbt build`.")
    return pd.Timestamp(value).to_pydatetime()


def filter_options(marts: Marts) -> dict[str, list[str]]:
    """Values the sidebar offers, from the MQLs there are, and the MQL date range."""
    frame = marts.query("select lead_source, tier, owner_id, mql_at from {schema}.fct_handoffs")
    options = {column: sorted(v for v in frame[column].dropna().unique()) for column in ("lead_source", "tier", "owner_id")}
    options["first_day"] = pd.Timestamp(frame.mql_at.min()).date() if len(frame) else None
    options["last_day"] = pd.Timestamp(frame.mql_at.max()).date() if len(frame) else None
    return options


# --- Today ----------------------------------------------------------------------------------------

def priority_accounts(marts: Marts, filters: Filters, limit: int = 25) -> pd.DataFrame:
    """Accounts in priority order (dim_accounts.priority_rank) with their why; tier filter applies."""
    condition, params = _segment_filter(Filters(tiers=filters.tiers))
    return marts.query(
        "select priority_rank, account_name, tier, is_target_account, is_mqa, priority_score, reach, coverage, "
        "engaged_people, why from {schema}.dim_accounts "
        f"where priority_rank is not null and {condition} order by priority_rank limit {int(limit)}", **params)


def new_mqls(marts: Marts, since: dt.datetime, filters: Filters) -> pd.DataFrame:
    """MQL events from ``since`` on, newest first, with their reason and why."""
    condition, params = _segment_filter(Filters(sources=filters.sources, tiers=filters.tiers, owners=filters.owners),
                                        prefix="h.")
    return marts.query(
        "select h.mql_at, h.lead_id, a.account_name, h.tier, h.lead_source, h.owner_id, m.reason, "
        "m.trigger_activity_type, m.why from {schema}.fct_handoffs as h "
        "join {schema}.fct_mqls as m on m.mql_id = h.mql_id "
        "left join {schema}.dim_accounts as a on a.account_id = h.account_id "
        f"where h.mql_at >= %(since)s and {condition} order by h.mql_at desc",
        since=since, **params)


def new_mqas(marts: Marts, since: dt.datetime, filters: Filters) -> pd.DataFrame:
    """MQA events from ``since`` on, newest first."""
    condition, params = _segment_filter(Filters(tiers=filters.tiers), prefix="q.")
    return marts.query(
        "select q.mqa_at, a.account_name, q.tier, q.engaged_people, q.mql_people, q.coverage, q.why "
        "from {schema}.fct_mqas as q left join {schema}.dim_accounts as a on a.account_id = q.account_id "
        f"where q.mqa_at >= %(since)s and {condition} order by q.mqa_at desc", since=since, **params)


def untouched_mqls(marts: Marts, now: dt.datetime, filters: Filters) -> pd.DataFrame:
    """Each person's latest MQL with no human touch yet and no disposition, longest waiting first."""
    condition, params = _segment_filter(filters)
    frame = marts.query(
        "select mql_at, lead_id, account_id, tier, lead_source, owner_id, model_version from {schema}.fct_handoffs "
        f"where first_touch_at is null and disposition = 'untouched' and next_mql_at is null and {condition} "
        "order by mql_at, lead_id", **params)
    frame["waiting_hours"] = [(now - pd.Timestamp(t).to_pydatetime()).total_seconds() / 3600 for t in frame.mql_at]
    return frame


# --- Buying groups --------------------------------------------------------------------------------

def target_accounts(marts: Marts) -> pd.DataFrame:
    """Accounts with a buying group to show: target accounts first, then by priority."""
    return marts.query(
        "select account_id, account_name, tier, is_target_account, reach, coverage, priority_rank "
        "from {schema}.dim_accounts where account_id in (select account_id from {schema}.fct_buying_group_roles) "
        "order by case when is_target_account then 0 else 1 end, priority_rank, account_name")


def buying_group(marts: Marts, account_id: str) -> pd.DataFrame:
    """The account's roles under its current version: holder (title, seniority), status, last activity."""
    return marts.query(
        "select r.role, r.is_required, r.status, r.lead_id as holder_lead_id, l.job_title as holder_title, "
        "l.seniority as holder_seniority, r.behavior_score, r.last_activity_at "
        "from {schema}.fct_buying_group_roles as r "
        "join {schema}.dim_accounts as a on a.account_id = r.account_id and a.model_version = r.model_version "
        "left join {schema}.dim_leads as l on l.lead_id = r.lead_id "
        "where r.account_id = %(account_id)s order by case when r.is_required then 0 else 1 end, r.role",
        account_id=account_id)


def reach_and_coverage(marts: Marts) -> pd.DataFrame:
    """Target accounts' reach and coverage (definitions: Buying group), as shares, with the counts behind them."""
    return marts.query(
        "select account_name, tier, reach, coverage, engaged_people, people, is_mqa "
        "from {schema}.dim_accounts where is_target_account order by coverage desc, reach desc, account_name")


# --- Account journey ------------------------------------------------------------------------------

def stages_in_order(marts: Marts) -> list[str]:
    """The buying stages, lowest first, as seed scoring_account_stages orders them (every version
    has them all, in one order: int_scoring_rule_problems checks it)."""
    return list(marts.query("select stage from {seeds}.scoring_account_stages group by stage "
                            "order by min(stage_order)").stage)


def stages_now(marts: Marts) -> pd.DataFrame:
    """Accounts per buying stage now (dim_accounts.stage), every stage in order, with the stalled ones."""
    frame = marts.query("select stage, count(*) as accounts, sum(case when is_stalled then 1 else 0 end) as stalled "
                        "from {schema}.dim_accounts group by stage")
    counts = frame.set_index("stage").reindex(stages_in_order(marts)).fillna(0).astype(int)
    return counts.rename_axis("stage").reset_index()


def stage_movement(marts: Marts, since: dt.datetime) -> pd.DataFrame:
    """Stage changes since ``since`` (fct_account_stage_changes), per stage moved to and direction:
    changes and distinct accounts."""
    return marts.query(
        "select to_stage, to_stage_order, direction, count(*) as changes, count(distinct account_id) as accounts "
        "from {schema}.fct_account_stage_changes where changed_at >= %(since)s "
        "group by to_stage, to_stage_order, direction order by to_stage_order, direction", since=since)


def stage_entries(marts: Marts, since: dt.datetime) -> pd.DataFrame:
    """Accounts whose condition for each stage started holding since ``since``
    (fct_account_stage_spells), whatever stage they were at: entering qualified is an MQA."""
    return marts.query(
        "select stage, count(distinct account_id) as accounts from {schema}.fct_account_stage_spells "
        "where started_at >= %(since)s group by stage", since=since)


def stage_conversion(marts: Marts) -> pd.DataFrame:
    """rpt_account_progression's 'all' rows, the stages one converts from, per month: accounts
    reaching the stage, converted, the rate and whether its window has closed."""
    return marts.query(
        "select period_start, stage, stage_order, accounts_reached, accounts_converted, stage_conversion_rate, "
        "is_conversion_window_closed from {schema}.rpt_account_progression "
        "where segment_dimension = 'all' and stage <> 'customer' order by period_start, stage_order")


def stalled_accounts(marts: Marts) -> pd.DataFrame:
    """Accounts in a stage longer than its stall limit, the longest first, with their why."""
    return marts.query(
        "select account_name, tier, stage, stage_entered_at, days_in_stage, why from {schema}.dim_accounts "
        "where is_stalled order by days_in_stage desc, account_id")


# --- Handoff quality ------------------------------------------------------------------------------

RATE_COLUMNS = {
    "touched_within_5m": "Touched within 5 min",
    "touched_within_1h": "Touched within 1 h",
    "touched_within_24h": "Touched within 24 h",
    "touched_within_1_business_hour": "Touched within 1 business h",
    "touched_within_24_business_hours": "Touched within 24 business h",
    "meeting": "Meeting rate",
    "opportunity": "Opportunity rate",
}


def handoffs(marts: Marts, filters: Filters) -> pd.DataFrame:
    """fct_handoffs in the period and segments chosen."""
    condition, params = _segment_filter(filters)
    return marts.query(
        "select mql_id, mql_at, account_key, lead_source, tier, model_version, owner_id, minutes_to_first_touch, "
        "touched_within_5m, touched_within_1h, touched_within_24h, business_minutes_to_first_touch, "
        "touched_within_1_business_hour, touched_within_24_business_hours, has_meeting, has_opportunity, "
        f"opportunity_amount, is_won, won_amount from {{schema}}.fct_handoffs where {condition}", **params)


def handoff_rates(frame: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """MQLs, touch rates at 5 min / 1 h / 24 h and at 1 / 24 business hours, median and p95
    minutes (and the median in business minutes: the owner's calendar), meeting and opportunity
    rates, meeting-to-opportunity rate, pipeline and closed-won: overall, or per value of ``by``.
    The flags are fct_handoffs' own (has_meeting, has_opportunity, touched_within_*), as in
    rpt_handoff_quality and the semantic layer: each rate is a share of MQLs, minutes are over
    the touched."""
    frame = frame.assign(
        meeting=frame.has_meeting.astype(bool),
        opportunity=frame.has_opportunity.astype(bool),
        minutes=frame.minutes_to_first_touch.astype(float),
        business_minutes=frame.business_minutes_to_first_touch.astype(float),
        segment=frame[by].fillna("(none)") if by else "all",
    )
    frame["meeting_opportunity"] = frame.meeting & frame.opportunity
    rows = []
    for segment, group in frame.groupby("segment", sort=True):
        touched = group.minutes.dropna()
        business = group.business_minutes.dropna()
        meetings = int(group.meeting.sum())
        rows.append({
            "segment": segment,
            "mqls": len(group),
            "mql_accounts": group.account_key.nunique(),
            **{column: float(group[column].fillna(False).astype(bool).mean()) for column in RATE_COLUMNS},
            "median_minutes": float(touched.quantile(0.5)) if len(touched) else None,
            "p95_minutes": float(touched.quantile(0.95)) if len(touched) else None,
            "median_business_minutes": float(business.quantile(0.5)) if len(business) else None,
            "meeting_to_opportunity": (float(group.meeting_opportunity.sum()) / meetings) if meetings else None,
            "pipeline_created": float(group.opportunity_amount.fillna(0).astype(float).sum()),
            "closed_won": float(group.won_amount.fillna(0).astype(float).sum()),
        })
    return pd.DataFrame(rows)


def handoff_rates_over_time(frame: pd.DataFrame, grain: str) -> pd.DataFrame:
    """handoff_rates per week (starting Monday) or month of mql_at."""
    starts = pd.to_datetime(frame.mql_at)
    if grain == "week":
        period = (starts - pd.to_timedelta(starts.dt.day_of_week, unit="D")).dt.normalize()
    else:
        period = starts.dt.to_period("M").dt.to_timestamp()
    rates = handoff_rates(frame.assign(period=period.dt.date), by="period")
    return rates.rename(columns={"segment": "period_start"})


MINUTE_BANDS = [(0, 5, "under 5 min"), (5, 60, "5-60 min"), (60, 240, "1-4 h"), (240, 1440, "4-24 h"),
                (1440, 4320, "1-3 days"), (4320, float("inf"), "over 3 days")]


def minutes_distribution(frame: pd.DataFrame) -> pd.DataFrame:
    """Touched MQLs per band of minutes to first touch, and the untouched."""
    minutes = frame.minutes_to_first_touch.astype(float)
    rows = [{"band": label, "mqls": int(((minutes >= low) & (minutes < high)).sum())} for low, high, label in MINUTE_BANDS]
    rows.append({"band": "not touched", "mqls": int(minutes.isna().sum())})
    return pd.DataFrame(rows)


# --- Funnel ---------------------------------------------------------------------------------------

def funnel(marts: Marts, grain: str, filters: Filters) -> pd.DataFrame:
    """rpt_funnel at ``grain`` (month or quarter), periods overlapping the chosen dates."""
    conditions, params = _periods_chosen(filters, grain)
    conditions, params = ["period_grain = %(grain)s", *conditions], {"grain": grain, **params}
    return marts.query(f"select * from {{schema}}.rpt_funnel where {' and '.join(conditions)} order by period_start",
                       **params)


def _period_start(day: dt.date, grain: str) -> dt.date:
    month = day.month if grain == "month" else 3 * ((day.month - 1) // 3) + 1
    return dt.date(day.year, month, 1)


FUNNEL_STAGES = [("created", "Created"), ("mql", "MQL"), ("worked", "Worked"), ("meeting", "Meeting"),
                 ("opportunity", "Opportunity"), ("won", "Won")]


def funnel_stages(periods: pd.DataFrame) -> pd.DataFrame:
    """Leads and accounts reaching each stage over the periods shown, and the conversion from the
    stage before (MQL onwards; 'created' is a count of new records, not a stage of the MQLs)."""
    rows = []
    for stage, label in FUNNEL_STAGES:
        leads = int(periods[f"{stage}_leads"].sum()) if stage != "created" else int(periods.leads_created.sum())
        accounts = int(periods[f"{stage}_accounts"].sum()) if stage != "created" else int(periods.accounts_created.sum())
        rows.append({"stage": label, "leads": leads, "accounts": accounts})
    frame = pd.DataFrame(rows)
    for level in ("leads", "accounts"):
        previous = frame[level].shift(1)
        frame[f"{level}_conversion"] = [None if i < 2 or not p else v / p
                                        for i, (v, p) in enumerate(zip(frame[level], previous))]
    return frame


# --- Pipeline -------------------------------------------------------------------------------------

ATTRIBUTION_MODELS = {"W-shaped": "w_shaped", "U-shaped": "u_shaped", "Linear": "linear",
                      "First touch": "first_touch", "Last touch": "last_touch"}
PIPELINE_SEGMENTS = {"Sourcing": "sourcing", "Tier": "tier", "Industry": "industry", "Owner": "owner",
                     "Team": "team", "Opportunity type": "opportunity_type", "Lead source": "lead_source"}


def pipeline(marts: Marts, filters: Filters) -> pd.DataFrame:
    """rpt_pipeline, every dimension, the months overlapping the chosen dates."""
    conditions, params = _periods_chosen(filters, "month")
    conditions = ["1 = 1", *conditions]
    return marts.query(f"select * from {{schema}}.rpt_pipeline where {' and '.join(conditions)} "
                       "order by period_start, segment_dimension, segment_value", **params)


def pipeline_by(months: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """One dimension of rpt_pipeline added up over the months shown: its counts and amounts, the
    win rate on closed of the sums; spend and MQLs where the mart has them (all, campaign).
    Medians do not add up, so they stay in the per-month rows."""
    rows = months[months.segment_dimension == dimension]
    sums = ["opportunities", "pipeline", "deals_influenced", "closed_opportunities", "won_opportunities",
            "closed_won_amount", "w_shaped_closed_won", "mqls", "spend",
            *[f"{model}_pipeline" for model in ATTRIBUTION_MODELS.values()]]
    grouped = rows.groupby("segment_value", sort=True)[sums].sum(min_count=1).reset_index()
    closed = grouped.closed_opportunities.astype(float)
    grouped["win_rate"] = (grouped.won_opportunities.astype(float) / closed).where(closed > 0)
    spend = grouped.spend.astype(float)
    grouped["cost_per_mql"] = (spend / grouped.mqls.astype(float)).where(grouped.mqls.fillna(0) > 0)
    grouped["pipeline_per_spend"] = (grouped.w_shaped_pipeline.astype(float) / spend).where(spend > 0)
    return grouped


def deals(marts: Marts, filters: Filters, limit: int = 20) -> pd.DataFrame:
    """The largest opportunities created in the chosen dates, with where they came from."""
    conditions, params = _days_chosen("created_at", filters)
    conditions = ["1 = 1", *conditions]
    return marts.query(
        "select opportunity_id, account_name, created_at, amount, stage, sourcing, marketing_touches, owner_id, "
        f"credit_reason, days_to_close from {{schema}}.fct_opportunities where {' and '.join(conditions)} "
        f"order by amount desc nulls last, opportunity_id limit {int(limit)}", **params)


def deal_touches(marts: Marts, opportunity_id: str) -> pd.DataFrame:
    """One opportunity's marketing touches in order, with each attribution model's credit."""
    return marts.query(
        "select touch_order, occurred_at, activity_type, channel, campaign, is_mql_touch, first_touch_credit, "
        "last_touch_credit, linear_credit, u_shaped_credit, w_shaped_credit from {schema}.fct_attribution_touches "
        "where opportunity_id = %(opportunity)s order by touch_order", opportunity=opportunity_id)


def program_velocity(marts: Marts) -> pd.DataFrame:
    """rpt_program_velocity, the campaigns that reached the most MQLs first."""
    return marts.query("select * from {schema}.rpt_program_velocity order by mqls desc, opportunities desc, campaign")


# --- Scoring rules --------------------------------------------------------------------------------

def scoring_versions(marts: Marts) -> pd.DataFrame:
    """The scoring_models seed: every version, draft or active, with its threshold and weights."""
    return marts.query(
        "select model_version, status, effective_from, change_reason, mql_threshold, w_behavior, w_person, w_account "
        "from {seeds}.scoring_models order by effective_from")


def rule_changes(marts: Marts) -> pd.DataFrame:
    """Activity rules that differ from the previous version's (points, half-life, cap), per version."""
    rules = marts.query("select model_version, activity_type, points, half_life_days, cap from {seeds}.scoring_activity_rules")
    versions = scoring_versions(marts).model_version.tolist()
    rows = []
    for previous, version in zip(versions, versions[1:]):
        before = rules[rules.model_version == previous].set_index("activity_type")
        after = rules[rules.model_version == version].set_index("activity_type")
        for activity in sorted(set(before.index) | set(after.index)):
            for column in ("points", "half_life_days", "cap"):
                old = before[column].get(activity)
                new = after[column].get(activity)
                if not (pd.isna(old) and pd.isna(new)) and old != new:
                    rows.append({"model_version": version, "compared_with": previous, "activity_type": activity,
                                 "rule": column, "before": old, "after": new})
    return pd.DataFrame(rows, columns=["model_version", "compared_with", "activity_type", "rule", "before", "after"])


def rule_coverage(marts: Marts) -> dict[str, pd.DataFrame]:
    """rpt_rule_coverage of the version in effect, in three tables: what each floor keeps out,
    the inputs missing, and the values no rule knows (top 5 per input)."""
    rows = marts.query(
        "select measure, input, value, value_rank, persons, of_persons, share from {schema}.rpt_rule_coverage "
        "where model_version = (select max(model_version) from {schema}.dim_leads) "
        "order by measure, input, value_rank")
    floors = rows[rows.measure == "kept_out_by_floor"].rename(columns={"input": "floor", "value": "of"})
    missing = rows[rows.measure == "missing"].rename(columns={"persons": "persons_missing"})
    rank = pd.to_numeric(rows.value_rank, errors="coerce")
    unknown = rows[(rows.measure == "unrecognised") & (rank <= 5).fillna(False).astype(bool)]
    return {
        "floors": floors[["floor", "of", "persons", "of_persons", "share"]].reset_index(drop=True),
        "missing": missing[["input", "persons_missing", "of_persons", "share"]].reset_index(drop=True),
        "unrecognised": unknown[["input", "value", "persons", "share"]].reset_index(drop=True),
    }


def mql_volume_scored_and_restated(marts: Marts) -> pd.DataFrame:
    """Per version and month: MQLs as scored in production and as restated under the version."""
    return marts.query(
        "select model_version, status, period_start, is_in_effect, scored_mqls, restated_mqls, change_from_rules, "
        "change_from_buyers from {schema}.rpt_scoring_model_impact order by period_start, model_version")


def account_changes(marts: Marts) -> pd.DataFrame:
    """Per version: accounts the version would bring in or drop today, against production."""
    return marts.query(
        "select model_version, status, account_change, count(*) as accounts, sum(leads_added) as leads_added, "
        "sum(leads_dropped) as leads_dropped from {schema}.rpt_scoring_model_changes "
        "group by model_version, status, account_change order by model_version, account_change")


# --- Evidence -------------------------------------------------------------------------------------

def calibration(marts: Marts, band_type: str = "decile") -> pd.DataFrame:
    """Conversion by score band for each version (rpt_score_calibration)."""
    return marts.query(
        "select model_version, status, band, band_order, lead_cutoffs, min_total_score, max_total_score, "
        "opportunity_rate, account_opportunity_rate, opportunity_lift from {schema}.rpt_score_calibration "
        "where band_type = %(band_type)s order by model_version, band_order", band_type=band_type)


def auc(marts: Marts) -> pd.DataFrame:
    """Each version's AUC (opportunity, won, account opportunity), on all leads and held out."""
    return marts.query(
        "select model_version, status, auc_opportunity, auc_opportunity_holdout, auc_won, auc_won_holdout, "
        "auc_account_opportunity, auc_account_opportunity_holdout from {schema}.rpt_score_calibration "
        "where band_type = 'overall' order by model_version")


def signal_lift(marts: Marts) -> pd.DataFrame:
    """Signals by information value, with current and suggested points."""
    return marts.query(
        "select signal_family, signal, signal_value, lead_cutoffs, conversion_rate, lift, information_value, "
        "is_sufficient_volume, current_points, suggested_points from {schema}.rpt_signal_lift "
        "order by information_value desc, signal, signal_value")
