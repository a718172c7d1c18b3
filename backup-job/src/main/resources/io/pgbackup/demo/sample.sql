-- Sample application data for `pgbackup demo` and the round-trip tests: the kinds of objects a
-- restore must bring back exactly (sequences, views, functions, enum types, bytea, jsonb,
-- non-ASCII text, a larger table).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE customers (
    id        bigserial PRIMARY KEY,
    name      text NOT NULL,
    email     text UNIQUE,
    city      text,
    created   timestamptz NOT NULL DEFAULT '2026-01-01 00:00:00+00'
);

CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers(id),
    status      order_status NOT NULL DEFAULT 'new',
    total       numeric(12, 2) NOT NULL,
    details     jsonb,
    receipt     bytea
);
CREATE INDEX orders_customer_idx ON orders(customer_id);

CREATE TABLE events (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    kind    text NOT NULL,
    payload jsonb
);

INSERT INTO customers (name, email, city) VALUES
    ('Zoë Ångström', 'zoe@example.org', 'Malmö'),
    ('François Pérez', 'francois@example.org', 'Saint-Étienne'),
    ('Łukasz Żółć', 'lukasz@example.org', 'Łódź'),
    ('山田太郎', 'taro@example.org', '東京'),
    ('Ada Lovelace', 'ada@example.org', 'London');
INSERT INTO customers (name, email, city)
    SELECT 'customer ' || g, 'c' || g || '@example.org', (ARRAY['Paris','Lyon','Lille','Nantes'])[1 + g % 4]
    FROM generate_series(1, 2000) AS g;

INSERT INTO orders (customer_id, status, total, details, receipt)
    SELECT 1 + g % 2005, (ARRAY['new','paid','shipped','cancelled']::order_status[])[1 + g % 4],
           round((g * 7.31)::numeric % 1000, 2),
           jsonb_build_object('items', g % 7, 'note', 'commande n°' || g, 'tags', jsonb_build_array('a', g % 3)),
           decode(md5(g::text), 'hex')
    FROM generate_series(1, 20000) AS g;

INSERT INTO events (at, kind, payload)
    SELECT timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute', 'page_view',
           jsonb_build_object('path', '/p/' || (g % 97), 'ms', g % 250)
    FROM generate_series(1, 100000) AS g;

CREATE VIEW revenue_by_status AS
    SELECT status, count(*) AS orders, sum(total) AS revenue FROM orders GROUP BY status;

CREATE FUNCTION customer_total(cid bigint) RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(total), 0) FROM orders WHERE customer_id = cid
$$;

COMMENT ON TABLE orders IS 'Commandes — one row per order';
