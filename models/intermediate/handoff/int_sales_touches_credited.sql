{#-
    Every sales touch of a surviving person and the MQL it belongs to (definitions: Handoff): the
    person's latest MQL at or before the touch. A touch before the person's first MQL is a
    pre-MQL touch of that first MQL (never a negative speed); a touch of a person who never
    qualified belongs to no MQL. Automated touches are kept and flagged: they are not touches.
-#}
with touches as (

    select * from {{ ref('int_sales_touches_rekeyed') }}

),

windows as (

    select * from {{ ref('int_mql_windows') }}

),

in_window as (

    select
        touches.touch_id,
        windows.mql_id
    from touches
    inner join windows
        on touches.person_id = windows.person_id
            and touches.touched_at >= windows.mql_at
            and (windows.next_mql_at is null or touches.touched_at < windows.next_mql_at)

),

first_mqls as (

    select
        person_id,
        mql_id,
        mql_at
    from windows
    where mql_number = 1

),

final as (

    select
        touches.touch_id,
        touches.person_id,
        touches.rep_id,
        touches.touch_type,
        touches.is_automated,
        touches.touched_at,
        coalesce(in_window.mql_id, before_first.mql_id) as mql_id,
        case
            when in_window.mql_id is not null then 'in_window'
            when before_first.mql_id is not null then 'before_first_mql'
            else 'no_mql'
        end as credit
    from touches
    left join in_window
        on touches.touch_id = in_window.touch_id
    left join first_mqls as before_first
        on touches.person_id = before_first.person_id
            and touches.touched_at < before_first.mql_at

)

select * from final
