DROP VIEW order_view;
