{#-
    Spend per campaign and month: each staged spend row (both period dates included) prorated by
    day over the months it covers, then added up per campaign key (lower(trim(campaign)), the key
    activities' campaigns are matched on) and month. A row covering 10 days of June and 20 of
    July gives a third of its amount to June. Periods longer than 100 months are cut at 100.
-#}
with spend as (

    select * from {{ ref('stg_raw__campaign_spend') }}

),

month_offsets as (

    -- 0 to 99 months after the period's first month
    {{ whole_numbers(2, 'month_offset') }}

),

spend_months as (

    select
        spend.campaign_key,
        spend.campaign,
        spend.period_start,
        spend.period_end,
        spend.amount,
        cast(
            {{ dbt.dateadd('month', 'month_offsets.month_offset', dbt.date_trunc('month', 'spend.period_start')) }}
            as date
        ) as month_start
    from spend
    cross join month_offsets

),

month_shares as (

    select
        campaign_key,
        campaign,
        month_start,
        amount,
        {{ elapsed('cast(period_start as ' ~ dbt.type_timestamp() ~ ')',
                   'cast(period_end as ' ~ dbt.type_timestamp() ~ ')', 86400) }} + 1 as period_days,
        {{ elapsed(
            'cast(greatest(period_start, month_start) as ' ~ dbt.type_timestamp() ~ ')',
            'cast(least(period_end, cast(' ~ dbt.dateadd('day', '-1', dbt.dateadd('month', '1', 'month_start'))
                ~ ' as date)) as ' ~ dbt.type_timestamp() ~ ')',
            86400) }} + 1 as overlap_days
    from spend_months
    where month_start <= period_end

),

final as (

    select
        campaign_key,
        min(campaign) as campaign,
        month_start,
        sum(amount * overlap_days / period_days) as spend
    from month_shares
    group by campaign_key, month_start

)

select * from final
