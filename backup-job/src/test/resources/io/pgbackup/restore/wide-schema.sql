-- A schema written to hold every kind of object a restore must bring back exactly (issue 15, point 1).
-- Roles are cluster-wide: wide_reader is created once per cluster by the test.
CREATE EXTENSION pg_trgm;
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'money lives here';

CREATE TYPE app.status AS ENUM ('new', 'paid', 'shipped');
CREATE TYPE app.money_pair AS (amount numeric(12,2), currency char(3));
CREATE DOMAIN app.email AS citext CHECK (VALUE ~ '^[^@]+@[^@]+$');

CREATE TABLE app.customers (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email app.email NOT NULL UNIQUE,
    name text NOT NULL,
    name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
    created_at timestamptz NOT NULL DEFAULT '2026-01-01 00:00:00+00'
);
COMMENT ON TABLE app.customers IS 'who buys';
COMMENT ON COLUMN app.customers.email IS 'unique, case-insensitive';
CREATE INDEX customers_name_trgm ON app.customers USING gin (name gin_trgm_ops);
CREATE INDEX customers_lower_name ON app.customers (lower(name));

CREATE TABLE public.orders (id int PRIMARY KEY, total numeric, customer_id int REFERENCES app.customers(id),
    status app.status NOT NULL DEFAULT 'new', CHECK (total >= 0));
CREATE INDEX orders_unpaid ON public.orders (customer_id) WHERE status = 'new';
CREATE VIEW public.big_orders AS SELECT * FROM public.orders WHERE total > 100;
CREATE VIEW public.big_new_orders AS SELECT id, total FROM public.big_orders WHERE status = 'new';
CREATE MATERIALIZED VIEW public.order_stats AS SELECT status, count(*) AS n, sum(total) AS total FROM public.orders GROUP BY status;
CREATE UNIQUE INDEX order_stats_status ON public.order_stats (status);
CREATE TABLE public.schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT '2026-01-01 00:00:00+00');

-- a foreign key across schemas
CREATE TABLE billing.invoices (id bigserial PRIMARY KEY, order_id int NOT NULL REFERENCES public.orders(id) ON DELETE CASCADE,
    amount app.money_pair, issued date NOT NULL, UNIQUE (order_id));
CREATE SEQUENCE billing.invoice_number START 1000 INCREMENT 7;

-- partitioned: keys on the parent, sub-partitions, a default partition
CREATE TABLE public.events (id bigint, at timestamptz, kind text NOT NULL, payload jsonb, PRIMARY KEY (id, at))
    PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
    PARTITION BY RANGE (at);
CREATE TABLE public.events_2026_h1 PARTITION OF public.events_2026 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
CREATE TABLE public.events_2026_rest PARTITION OF public.events_2026 DEFAULT;
CREATE TABLE public.events_default PARTITION OF public.events DEFAULT;
CREATE INDEX events_kind ON public.events (kind);

-- inheritance
CREATE TABLE app.vehicles (id int PRIMARY KEY, wheels int NOT NULL);
CREATE TABLE app.trucks (payload_kg int) INHERITS (app.vehicles);

-- functions, procedures, triggers
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.name := btrim(NEW.name); RETURN NEW; END $$;
CREATE TRIGGER customers_touch BEFORE INSERT OR UPDATE ON app.customers FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE FUNCTION app.order_count(c int) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM public.orders WHERE customer_id = c $$;
CREATE PROCEDURE app.mark_paid(o int) LANGUAGE sql AS $$ UPDATE public.orders SET status = 'paid' WHERE id = o $$;

-- row-level security
CREATE TABLE app.notes (id int PRIMARY KEY, owner_name text NOT NULL, body text);
ALTER TABLE app.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_own ON app.notes USING (owner_name = current_user);

-- privileges on objects
GRANT USAGE ON SCHEMA app TO wide_reader;
GRANT SELECT ON public.orders, public.big_orders TO wide_reader;
GRANT SELECT (id, name) ON app.customers TO wide_reader;
GRANT EXECUTE ON FUNCTION app.order_count(int) TO wide_reader;
REVOKE EXECUTE ON FUNCTION app.order_count(int) FROM PUBLIC;

-- rows
INSERT INTO app.customers (email, name) SELECT 'c' || i || '@example.com', ' customer ' || i FROM generate_series(1, 50) i;
INSERT INTO public.orders SELECT i, i * 3.5, 1 + i % 50, (ARRAY['new','paid','shipped']::app.status[])[1 + i % 3] FROM generate_series(1, 200) i;
INSERT INTO billing.invoices (order_id, amount, issued) SELECT id, ROW(total::numeric(12,2), 'EUR'::char(3))::app.money_pair, DATE '2026-02-01' + id FROM public.orders WHERE status <> 'new';
SELECT setval('billing.invoice_number', 1777);
INSERT INTO public.events SELECT i, TIMESTAMPTZ '2025-06-01' + i * INTERVAL '1 day', (ARRAY['click','view'])[1 + i % 2], jsonb_build_object('n', i) FROM generate_series(1, 800) i;
INSERT INTO app.vehicles VALUES (1, 4), (2, 2);
INSERT INTO app.trucks VALUES (3, 6, 12000);
INSERT INTO app.notes VALUES (1, 'postgres', 'first'), (2, 'wide_reader', 'second');
INSERT INTO public.schema_migrations (version) VALUES ('001_init'), ('002_billing');
REFRESH MATERIALIZED VIEW public.order_stats;
SELECT lo_from_bytea(0, convert_to('a large object', 'UTF8'));
