SELECT customer_id FROM order_view WHERE 0 = 1;
