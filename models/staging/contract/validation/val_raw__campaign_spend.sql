{#-
    Every raw spend row (optional table: absent reads as no rows), parsed and validated. A period
    is a pair of dates, both included (a timestamp is read as its date). A row without a currency
    is taken to be in var reporting_currency; a row in another currency is rejected
    (not_reporting_currency: the project converts no money). The same campaign, channel and
    period delivered twice keeps one row.
-#}
{%- set reporting_currency = var('reporting_currency') | string | trim | upper %}
{%- if not modules.re.match('^[A-Z]{3}$', reporting_currency) %}
    {{ exceptions.raise_compiler_error(
        "var 'reporting_currency' must be a three-letter currency code such as USD or EUR (got '"
        ~ var('reporting_currency') ~ "'): the currency pipeline and spend are reported in.") }}
{%- endif %}

with source as (

    select * from {{ ref('map_raw__campaign_spend') }}

),

parsed as (

    select
        {{ raw_row_columns('campaign_spend') }},
        {{ clean_text('campaign') }} as campaign,
        {{ campaign_key('campaign') }} as campaign_key,
        lower({{ clean_text('channel') }}) as channel,
        period_start as period_start_text,
        cast({{ parse_timestamp_utc('period_start') }} as date) as period_start,
        period_end as period_end_text,
        cast({{ parse_timestamp_utc('period_end') }} as date) as period_end,
        amount as amount_text,
        {{ parse_decimal('amount', 18, 2) }} as amount,
        coalesce(upper({{ clean_text('currency') }}), '{{ reporting_currency }}') as currency
    from source

),

validated as (

    select
        *,
        {{ dbt.concat([
            'campaign_key', "'|'", "coalesce(channel, '')", "'|'",
            'cast(period_start as ' ~ dbt.type_string() ~ ')', "'|'",
            'cast(period_end as ' ~ dbt.type_string() ~ ')']) }} as spend_key,
        case
            when campaign is null then 'missing_campaign'
            when {{ clean_text('period_start_text') }} is null then 'missing_period_start'
            when period_start is null then 'unreadable_period_start'
            when {{ clean_text('period_end_text') }} is null then 'missing_period_end'
            when period_end is null then 'unreadable_period_end'
            when period_end < period_start then 'period_end_before_start'
            when {{ clean_text('amount_text') }} is null then 'missing_amount'
            when amount is null then 'unreadable_amount'
            when amount < 0 then 'negative_amount'
            when currency <> '{{ reporting_currency }}' then 'not_reporting_currency'
        end as validation_error
    from parsed

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('spend_key') }} as rejection_reason
    from validated

)

select * from final
