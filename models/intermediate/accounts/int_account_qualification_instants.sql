{#-
    Whether each account qualifies as an MQA at each instant something happens there (definitions: MQA),
    under the version in effect at that instant: account fit at or over the account floor and,
    over the window (t - mqa_window_days, t], any of MQL people >= mqa_min_mqls, engaged people
    >= mqa_min_engaged, buying-group coverage >= mqa_min_coverage, anonymous points >=
    mqa_min_anonymous (a null parameter is unused). Reach and coverage count the version's
    required roles whose holders had any instant (reach) or an engaged instant (coverage) in the
    window. The as-of row (score_as_of) gives the current state.

    A signal at s is in the window of t exactly when t is in [s, s + W). A person's signals of
    one kind (any instant, engaged instant, MQL) whose intervals overlap or touch merge into one
    island [first, last + W), and so do the signals of all holders of one buying role; anonymous
    activities stay one interval each, carrying their points. The counts at t are then a sweep:
    +1 at each island's start and -1 at its end (+points and -points for anonymous intervals),
    summed in time order per account and version up to t. An interval goes only to the versions
    in effect during some of it: no other version's evaluation point lies inside it. Nothing
    joins an evaluation point to the signals in its window, so the work grows with the signals,
    not with signals times the points in their windows.

    The counts at t read only the signals in (t - W, t], so an account can be evaluated again
    from any time c on, from its signals after c - W (W the longest window of any version).
    Incremental on DuckDB and PostgreSQL (delete+insert by account, time and as-of flag): a run
    evaluates again, per account, the instants from the earliest of the changes that reach it
    since its last run: a person's behavior changes (int_behavior_changes), instants and MQL
    events written again (int_qualification_instants, int_mql_events), anonymous activity staged
    (val_raw__activities), signals the clock admits now or no longer admits; from the start
    when a member joined or left it, or changed buying roles (int_account_members: every account
    the member was ever at), or its fit changed (compared with the stored rows); every account
    from the start when a column read here of the versions, roles or rules changed
    (versions_hash). The rows at score_as_of are written again for every account on every run,
    from the signals of the last W. Each stored row written again also gets a row with a null
    model_version, which the post-hook removes.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{% set key_columns = ['account_id', 'occurred_at', 'is_as_of_row'] %}
{{ config(**high_volume_config(key_columns, post_hook=[
    "delete from {{ this }} where model_version is null",
])) }}
{#- Read only in incremental runs: taken here, so dbt sees these parents when it parses. -#}
{%- set int_behavior_changes = ref('int_behavior_changes') %}
{%- set int_qualification_instants = ref('int_qualification_instants') %}
{%- set int_mql_events = ref('int_mql_events') %}
{%- set int_account_members = ref('int_account_members') %}
{%- set int_persons_matched_to_accounts = ref('int_persons_matched_to_accounts') %}
{%- set int_account_domains = ref('int_account_domains') %}
{%- set val_raw__activities = ref('val_raw__activities') %}
{#- The steps an interval's edges give, by grain and kind; each one's running sum is a count. -#}
{%- set edge_steps = [
    ('mql_step', 'person', 'mql'), ('engaged_step', 'person', 'engaged'), ('active_step', 'person', 'active'),
    ('reached_step', 'role', 'active'), ('role_engaged_step', 'role', 'engaged')] -%}
{%- set running_counts = [
    ('mql_people', 'mql_step'), ('engaged_people', 'engaged_step'), ('active_people', 'active_step'),
    ('roles_reached', 'reached_step'), ('roles_engaged', 'role_engaged_step'), ('open_intervals', 'open_step')] -%}

{%- set qualification_columns = ['account_id', 'occurred_at', 'is_as_of_row', 'model_version', 'mql_people',
    'engaged_people', 'active_people', 'roles_reached', 'roles_engaged', 'anonymous_points', 'account_score', 'tier',
    'reach', 'coverage', 'required_roles', 'account_floor', 'mqa_cooldown_days', 'is_qualified'] %}
with signals as (

    select * from {{ ref('int_account_signals') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

versions as (

    select * from {{ ref('scoring_models') }}

),

roles as (

    select * from {{ ref('scoring_buying_group_roles') }}

),

required_roles as (

    select
        model_version,
        role
    from roles
    where required

),

required_counts as (

    select
        model_version,
        count(*) as required_roles
    from required_roles
    group by model_version

),

account_fit as (

    select * from {{ ref('int_accounts_fit_scored') }}

),

windows as (

    select distinct mqa_window_days from versions

),

in_effect_hash as (

    select {{ rows_hash(['model_version', 'in_effect_from', 'in_effect_until'], 'model_version') }} as part_hash
    from versions_in_effect

),

mqa_parameters_hash as (

    select
        {{ rows_hash([
            'model_version', 'account_floor', 'mqa_window_days', 'mqa_min_mqls', 'mqa_min_engaged',
            'mqa_min_coverage', 'mqa_min_anonymous', 'mqa_cooldown_days'], 'model_version') }} as part_hash
    from versions

),

roles_hash as (

    select {{ rows_hash(['model_version', 'role', 'required'], 'model_version, role') }} as part_hash
    from roles

),

points_hash as (

    select {{ rows_hash(['model_version', 'activity_type', 'points'], 'model_version, activity_type') }} as part_hash
    from {{ ref('scoring_activity_rules') }}

),

versions_hash as (

    -- one row: what this model reads of the versions in effect, the MQA parameters, the roles
    -- and the rule points of anonymous activity
    select
        {{ dbt.hash(dbt.concat([
            'in_effect_hash.part_hash', "'|'", 'mqa_parameters_hash.part_hash', "'|'", 'roles_hash.part_hash',
            "'|'", 'points_hash.part_hash'])) }} as versions_hash
    from in_effect_hash
    cross join mqa_parameters_hash
    cross join roles_hash
    cross join points_hash

),

{% if is_incremental() %}

longest_window as (

    select max(mqa_window_days) * 86400.0 as window_seconds from versions

),

evaluated_through as (

    select
        {{ stored_mark() }} as staged_through,
        -- the clock of the last run: its rows at score_as_of are the latest stored
        max(occurred_at) as previous_as_of
    from {{ this }}

),

everyone_changed as (

    -- the versions, roles or rule points differ from the stored rows' (or nothing is stored yet)
    {{ hash_differs_from_stored('versions_hash', 'versions_hash') }}

),

changed_persons as (

    select
        changes.person_id,
        changes.changed_from_at
    from {{ int_behavior_changes }} as changes
    cross join evaluated_through
    where changes.staged_through > evaluated_through.staged_through

    union all

    select
        instants.person_id,
        min(instants.occurred_at) as changed_from_at
    from {{ int_qualification_instants }} as instants
    cross join evaluated_through
    where instants.staged_through > evaluated_through.staged_through
        and instants.series = 'production'
        and not instants.is_as_of_row
    group by instants.person_id

    union all

    select
        mqls.person_id,
        min(mqls.mql_at) as changed_from_at
    from {{ int_mql_events }} as mqls
    cross join evaluated_through
    where mqls.staged_through > evaluated_through.staged_through
        and mqls.series = 'production'
    group by mqls.person_id

),

moved_members as (

    select distinct
        history.member_kind,
        history.member_id
    from {{ int_account_members }} as history
    cross join evaluated_through
    where history.changed_at > evaluated_through.staged_through

),

changes as (

    -- a person's change reaches the account they are at now
    select
        matched.resolved_account_id as account_id,
        changed_persons.changed_from_at
    from changed_persons
    inner join {{ int_persons_matched_to_accounts }} as matched
        on changed_persons.person_id = matched.person_id
    where matched.resolved_account_id is not null

    union all

    -- a member that joined, left or changed roles: every account it was ever at, from the start
    select
        history.account_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from {{ int_account_members }} as history
    inner join moved_members
        on history.member_kind = moved_members.member_kind
            and history.member_id = moved_members.member_id
    where history.account_id is not null

    union all

    -- anonymous activity staged since (new, copies, verdicts changed; rejected rows included)
    select
        domains.resolved_account_id as account_id,
        {{ earliest_change('activities.occurred_at') }} as changed_from_at
    from {{ val_raw__activities }} as activities
    cross join evaluated_through
    inner join {{ int_account_domains }} as domains
        on activities.account_domain = domains.domain
    where activities.staged_at > evaluated_through.staged_through
        and activities.lead_id is null
    group by domains.resolved_account_id

    union all

    -- signals the clock admits now
    select
        signals.account_id,
        min(signals.occurred_at) as changed_from_at
    from signals
    cross join evaluated_through
    where signals.occurred_at > evaluated_through.previous_as_of
    group by signals.account_id

    union all

    -- stored instants the clock no longer admits
    select
        kept.account_id,
        min(kept.occurred_at) as changed_from_at
    from {{ this }} as kept
    cross join clock
    where not kept.is_as_of_row
        and kept.occurred_at > clock.score_as_of
    group by kept.account_id

    union all

    -- a changed fit changes every instant
    select distinct
        kept.account_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from {{ this }} as kept
    left join account_fit
        on kept.account_id = account_fit.account_key
            and kept.model_version = account_fit.model_version
            and coalesce(abs(kept.account_score - account_fit.account_score) < 1e-9, false)
            and {{ values_equal('kept.tier', 'account_fit.tier') }}
    where account_fit.account_key is null

    union all

    select distinct
        signals.account_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from signals
    where exists (select 1 from everyone_changed)

),

accounts_to_evaluate as (

    -- from the earliest change on; null (from the start) wins
    select
        account_id,
        {{ earliest_change() }} as changed_from_at
    from changes
    group by account_id

),

recomputed_rows as (

    -- the stored instants evaluated again, and every stored as-of row
    select distinct
        kept.account_id,
        kept.occurred_at,
        kept.is_as_of_row
    from {{ this }} as kept
    left join accounts_to_evaluate
        on kept.account_id = accounts_to_evaluate.account_id
    where kept.is_as_of_row
        or (
            accounts_to_evaluate.account_id is not null
            and (
                accounts_to_evaluate.changed_from_at is null
                or kept.occurred_at >= accounts_to_evaluate.changed_from_at
            )
        )

),

{% endif %}

signal_epochs as (

    {#- On an incremental run: the signals of each account to evaluate from the longest window
        before its change, and every account's signals of the longest window before
        score_as_of (for its row at score_as_of). #}
    select
        signals.*,
        {{ epoch_seconds('signals.occurred_at') }} as t_epoch
    from signals
    {% if is_incremental() %}
    cross join clock
    cross join longest_window
    left join accounts_to_evaluate
        on signals.account_id = accounts_to_evaluate.account_id
    where {{ epoch_seconds('signals.occurred_at') }} > clock.score_as_of_epoch - longest_window.window_seconds
        or (
            accounts_to_evaluate.account_id is not null
            and (
                accounts_to_evaluate.changed_from_at is null
                or {{ epoch_seconds('signals.occurred_at') }}
                > {{ epoch_seconds('accounts_to_evaluate.changed_from_at') }} - longest_window.window_seconds
            )
        )
    {% endif %}

),

evaluation_points as (

    select distinct
        signal_epochs.account_id,
        signal_epochs.occurred_at,
        false as is_as_of_row
    from signal_epochs
    {% if is_incremental() %}
    inner join accounts_to_evaluate
        on signal_epochs.account_id = accounts_to_evaluate.account_id
    where accounts_to_evaluate.changed_from_at is null
        or signal_epochs.occurred_at >= accounts_to_evaluate.changed_from_at
    {% endif %}

    union all

    select distinct
        signal_epochs.account_id,
        clock.score_as_of as occurred_at,
        true as is_as_of_row
    from signal_epochs
    cross join clock

),

person_signals as (

    select
        account_id,
        person_id,
        buying_role,
        'active' as kind,
        t_epoch
    from signal_epochs
    where signal = 'instant'

    union all

    select
        account_id,
        person_id,
        buying_role,
        'engaged' as kind,
        t_epoch
    from signal_epochs
    where signal = 'instant' and is_engaged

    union all

    select
        account_id,
        person_id,
        buying_role,
        'mql' as kind,
        t_epoch
    from signal_epochs
    where signal = 'mql'

),

island_members as (

    -- Islands of each person per kind count people; islands of each buying role per kind (all
    -- its holders together) count the roles reached and engaged.
    select
        account_id,
        'person' as grain,
        person_id as member,
        kind,
        t_epoch
    from person_signals

    union all

    select
        account_id,
        'role' as grain,
        buying_role as member,
        kind,
        t_epoch
    from person_signals
    where buying_role is not null and kind in ('active', 'engaged')

),

members_in_order as (

    select
        island_members.*,
        windows.mqa_window_days,
        lag(island_members.t_epoch) over (
            partition by
                island_members.account_id, island_members.grain, island_members.member,
                island_members.kind, windows.mqa_window_days
            order by island_members.t_epoch asc
        ) as previous_epoch
    from island_members
    cross join windows

),

island_numbers as (

    select
        *,
        sum(case when previous_epoch is null or t_epoch > previous_epoch + mqa_window_days * 86400.0 then 1 else 0 end)
            over (
                partition by account_id, grain, member, kind, mqa_window_days
                order by t_epoch asc
                rows between unbounded preceding and current row
            ) as island
    from members_in_order

),

intervals as (

    select
        account_id,
        grain,
        member,
        kind,
        mqa_window_days,
        min(t_epoch) as start_epoch,
        max(t_epoch) + mqa_window_days * 86400.0 as end_epoch,
        cast(0 as {{ dbt.type_numeric() }}) as anonymous_points
    from island_numbers
    group by account_id, grain, member, kind, mqa_window_days, island

    union all

    select
        signal_epochs.account_id,
        'anonymous' as grain,
        cast(null as {{ dbt.type_string() }}) as member,
        'anonymous' as kind,
        windows.mqa_window_days,
        signal_epochs.t_epoch as start_epoch,
        signal_epochs.t_epoch + windows.mqa_window_days * 86400.0 as end_epoch,
        signal_epochs.anonymous_points
    from signal_epochs
    cross join windows
    where signal_epochs.signal = 'anonymous'

),

version_intervals as (

    -- Each interval under every version in effect during some of it, of that version's window
    -- (only those versions' evaluation points can fall inside it; drafts are never in effect);
    -- a role's intervals only where the version requires the role.
    select
        intervals.account_id,
        versions.model_version,
        intervals.grain,
        intervals.kind,
        intervals.start_epoch,
        intervals.end_epoch,
        intervals.anonymous_points
    from intervals
    inner join versions
        on intervals.mqa_window_days = versions.mqa_window_days
    inner join versions_in_effect
        on versions.model_version = versions_in_effect.model_version
            and intervals.start_epoch < {{ epoch_seconds('versions_in_effect.in_effect_until') }}
            and intervals.end_epoch > {{ epoch_seconds('versions_in_effect.in_effect_from') }}
    left join required_roles
        on versions.model_version = required_roles.model_version
            and intervals.grain = 'role'
            and intervals.member = required_roles.role
    where intervals.grain <> 'role' or required_roles.role is not null

),

edge_signs as (

    select 1 as step
    union all
    select -1 as step

),

version_edges as (

    -- +1 at each interval's start and -1 at its end, in the count its grain and kind make
    select
        version_intervals.account_id,
        version_intervals.model_version,
        case
            when edge_signs.step = 1 then version_intervals.start_epoch
            else version_intervals.end_epoch
        end as t_epoch,
        {%- for step, grain, kind in edge_steps %}
        case
            when version_intervals.grain = '{{ grain }}' and version_intervals.kind = '{{ kind }}'
                then edge_signs.step
            else 0
        end as {{ step }},
        {%- endfor %}
        case when version_intervals.grain = 'role' then 0 else edge_signs.step end as open_step,
        case
            when edge_signs.step = 1 then version_intervals.anonymous_points
            else -version_intervals.anonymous_points
        end as anonymous_points
    from version_intervals
    cross join edge_signs

),

evaluated as (

    select
        evaluation_points.account_id,
        evaluation_points.occurred_at,
        evaluation_points.is_as_of_row,
        versions_in_effect.model_version,
        {{ epoch_seconds('evaluation_points.occurred_at') }} as t_epoch
    from evaluation_points
    inner join versions_in_effect
        on evaluation_points.occurred_at >= versions_in_effect.in_effect_from
            and evaluation_points.occurred_at < versions_in_effect.in_effect_until

),

sweep as (

    -- Edges and evaluation points in one time order per account and version; at the same
    -- instant the edges go first, so an interval counts from its start and not at its end.
    select
        account_id,
        model_version,
        t_epoch,
        0 as is_evaluation,
        cast(null as {{ dbt.type_timestamp() }}) as occurred_at,
        cast(null as {{ dbt.type_boolean() }}) as is_as_of_row,
        mql_step,
        engaged_step,
        active_step,
        reached_step,
        role_engaged_step,
        open_step,
        anonymous_points
    from version_edges

    union all

    select
        account_id,
        model_version,
        t_epoch,
        1 as is_evaluation,
        occurred_at,
        is_as_of_row,
        0 as mql_step,
        0 as engaged_step,
        0 as active_step,
        0 as reached_step,
        0 as role_engaged_step,
        0 as open_step,
        cast(0 as {{ dbt.type_numeric() }}) as anonymous_points
    from evaluated

),

swept as (

    select
        account_id,
        model_version,
        is_evaluation,
        occurred_at,
        is_as_of_row,
        {%- for column, step in running_counts %}
        sum({{ step }}) over running_window as {{ column }},
        {%- endfor %}
        sum(anonymous_points) over running_window as anonymous_points
    from sweep
    window running_window as (
        partition by account_id, model_version
        order by t_epoch asc, is_evaluation asc
        rows between unbounded preceding and current row
    )

),

windowed as (

    -- The evaluation points some interval covers (an account with nothing in its window has no
    -- row at that instant).
    select
        account_id,
        occurred_at,
        is_as_of_row,
        model_version,
        cast(mql_people as {{ dbt.type_bigint() }}) as mql_people,
        cast(engaged_people as {{ dbt.type_bigint() }}) as engaged_people,
        cast(active_people as {{ dbt.type_bigint() }}) as active_people,
        cast(roles_reached as {{ dbt.type_bigint() }}) as roles_reached,
        cast(roles_engaged as {{ dbt.type_bigint() }}) as roles_engaged,
        cast(anonymous_points as {{ dbt.type_numeric() }}) as anonymous_points
    from swept
    where is_evaluation = 1 and open_intervals > 0

),

qualified as (

    select
        windowed.*,
        account_fit.account_score,
        account_fit.tier,
        cast(windowed.roles_reached as {{ dbt.type_numeric() }})
        / nullif(required_counts.required_roles, 0) as reach,
        cast(windowed.roles_engaged as {{ dbt.type_numeric() }})
        / nullif(required_counts.required_roles, 0) as coverage,
        required_counts.required_roles,
        versions.account_floor,
        versions.mqa_cooldown_days,
        {{ rounded_score('account_fit.account_score') }} >= versions.account_floor
        and (
            coalesce(windowed.mql_people >= versions.mqa_min_mqls, false)
            or coalesce(windowed.engaged_people >= versions.mqa_min_engaged, false)
            or coalesce(
                {{ rounded_score(
                    'cast(windowed.roles_engaged as ' ~ dbt.type_numeric() ~ ') / nullif(required_counts.required_roles, 0)'
                ) }} >= versions.mqa_min_coverage,
                false
            )
            or coalesce({{ rounded_score('windowed.anonymous_points') }} >= versions.mqa_min_anonymous, false)
        ) as is_qualified
    from windowed
    inner join account_fit
        on windowed.account_id = account_fit.account_key
            and windowed.model_version = account_fit.model_version
    inner join versions
        on windowed.model_version = versions.model_version
    left join required_counts
        on windowed.model_version = required_counts.model_version

),

final as (

    select
        {%- for column in qualification_columns %}
        qualified.{{ column }},
        {%- endfor %}
        versions_hash.versions_hash,
        {{ run_stamp() }} as staged_through
    from qualified
    cross join versions_hash
    {% if is_incremental() %}

    union all

    -- each stored row written again: the row that deletes it (model_version null; the nulls of
    -- an empty join keep the column types, which PostgreSQL would widen for a bare null)
    select
        {%- for column in qualification_columns %}
        {{ 'recomputed_rows' if column in key_columns else 'no_row' }}.{{ column }},
        {%- endfor %}
        versions_hash.versions_hash,
        {{ run_stamp() }} as staged_through
    from recomputed_rows
    cross join versions_hash
    left join qualified as no_row
        on 1 = 0
    {% endif %}

)

select * from final
