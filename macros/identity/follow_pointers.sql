{#-
    Follow a pointer column (merged_into_lead_id, parent_account_id) to its root by pointer
    doubling: each step replaces a row's pointer by its pointer's pointer, so `steps` steps follow
    chains of up to 2^steps links with `steps` joins (no recursive CTE, which not every engine has).

    Emits CTEs `<prefix>_0` .. `<prefix>_<steps>` (each: id, pointer) from `source_cte`, where a
    root points at itself and a pointer to an id absent from `source_cte` becomes null (and stays
    null for everything that leads to it). After the last step a row whose pointer is not a root
    (the pointer's own pointer column is not null) is in, or leads into, a cycle (or a chain longer
    than 2^steps). Call it inside a `with` list; it ends with a comma.
-#}
{% macro follow_pointers(source_cte, id_column, pointer_column, prefix='hop', steps=6) %}
{{ prefix }}_0 as (

    select
        source_rows.{{ id_column }} as id,
        case
            when source_rows.{{ pointer_column }} is null then source_rows.{{ id_column }}
            else targets.{{ id_column }}
        end as pointer
    from {{ source_cte }} as source_rows
    left join {{ source_cte }} as targets
        on source_rows.{{ pointer_column }} = targets.{{ id_column }}

),
{% for step in range(1, steps + 1) %}
{{ prefix }}_{{ step }} as (

    select
        this_hop.id,
        next_hop.pointer
    from {{ prefix }}_{{ step - 1 }} as this_hop
    left join {{ prefix }}_{{ step - 1 }} as next_hop
        on this_hop.pointer = next_hop.id

),
{% endfor %}
{% endmacro %}
