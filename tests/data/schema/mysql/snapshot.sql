CREATE TABLE customers (
    id bigint(20) NOT NULL auto_increment,
    email varchar(200) COLLATE utf8mb4_bin NOT NULL,
    name varchar(200) NOT NULL DEFAULT '',
    created_at timestamp NOT NULL DEFAULT current_timestamp() on update current_timestamp(),
    PRIMARY KEY (id)
);

CREATE TABLE order_lines (
    order_id bigint(20) NOT NULL,
    line int(11) NOT NULL,
    sku varchar(40) NOT NULL,
    qty int(11) NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
);

CREATE TABLE orders (
    id bigint(20) NOT NULL auto_increment,
    customer_id bigint(20) NOT NULL,
    status enum('new','paid','shipped') NOT NULL DEFAULT 'new',
    total_cents bigint(20) NOT NULL,
    total decimal(12,2) GENERATED ALWAYS AS (`total_cents` / 100) STORED,
    note text,
    PRIMARY KEY (id),
    CONSTRAINT total_positive CHECK (`total_cents` >= 0),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON UPDATE RESTRICT ON DELETE CASCADE
);

CREATE INDEX fk_orders_customer ON orders (customer_id);

CREATE INDEX idx_orders_note ON orders (note(20));

CREATE INDEX idx_orders_status ON orders (status, total_cents DESC);

CREATE UNIQUE INDEX uq_customers_email ON customers (email);

CREATE UNIQUE INDEX uq_lines_sku ON order_lines (order_id, sku);

CREATE VIEW order_totals AS select `orders`.`customer_id` AS `customer_id`,sum(`orders`.`total_cents`) AS `cents` from `orders` group by `orders`.`customer_id`;

CREATE FUNCTION cents_to_eur(c bigint(20)) RETURNS decimal(12,2) LANGUAGE SQL -- body sha256:2af61d86cf1eb7b3be22bbe480b734797e93249f8e28c60252de90f20f01301a

CREATE PROCEDURE mark_paid(IN min_cents bigint(20)) LANGUAGE SQL -- body sha256:591055fc3cb6e9abb5ab2e4922042b08428c0a1aafd391570e861d1c3defb246

CREATE TRIGGER trg_orders_note BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = COALESCE(NEW.note, 'new');
