with source as (

    select * from {{ ref('map_raw__intent_signals') }}

),

parsed as (

    select
        {{ raw_row_columns('intent_signals') }},
        {{ normalize_domain('account_domain') }} as account_domain,
        lower({{ clean_text('topic') }}) as topic,
        {{ clean_text('intent_score') }} as intent_score_text,
        {{ parse_decimal('intent_score', 18, 2) }} as intent_score,
        observed_at as observed_at_text,
        {{ parse_timestamp_utc('observed_at') }} as observed_at,
        lower({{ clean_text('provider') }}) as provider
    from source

),

validated as (

    select
        *,
        case
            when account_domain is null then 'missing_account_domain'
            {{ required_timestamp_problems('observed_at') }}
            when intent_score_text is not null and intent_score is null then 'unreadable_intent_score'
            when intent_score < 0 or intent_score > 100 then 'intent_score_out_of_range'
        end as validation_error
    from parsed

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('record_id') }} as rejection_reason
    from validated

)

select * from final
