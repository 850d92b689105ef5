{#-
    MQL events of every series (spec: MQL), one detection for production and restatement alike.
    A new MQL event starts at instant t when Q(t) and not (Q(t_prev) and Q-(t)), t_prev being the
    person's previous instant in the same series (the first instant has none). Both halves
    matter: behavior is not monotone between activities. reason is 'score' when the total is at
    or over the threshold, else 'handraiser'; the trigger is the instant's lowest activity_id;
    mql_id hashes (person, mql_at to the microsecond, version). The as-of rows are not instants.
-#}

with qualification as (

    select * from {{ ref('int_qualification_instants') }}
    where not is_as_of_row

),

lagged as (

    select
        *,
        lag(is_qualified) over (
            partition by series, person_id
            order by occurred_at
        ) as was_qualified_at_previous_instant
    from qualification

),

final as (

    select
        {{ dbt.hash(dbt.concat([
            'person_id', "'|'",
            'cast(cast(round(t_epoch * 1000000) as ' ~ dbt.type_bigint() ~ ') as ' ~ dbt.type_string() ~ ')',
            "'|'", 'model_version'])) }} as mql_id,
        series,
        person_id,
        occurred_at as mql_at,
        model_version,
        behavior_score,
        person_score,
        account_score,
        total_score,
        fit_score,
        tier,
        mql_threshold,
        case
            when {{ rounded_score('total_score') }} >= mql_threshold then 'score'
            else 'handraiser'
        end as reason,
        trigger_activity_id,
        trigger_activity_type,
        row_number() over (partition by series, person_id order by occurred_at) as mql_number
    from lagged
    where is_qualified
        and not (coalesce(was_qualified_at_previous_instant, false) and is_qualified_before)

)

select * from final
