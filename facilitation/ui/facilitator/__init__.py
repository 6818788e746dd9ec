"""The facilitator's window and its panels: agenda, live question, speakers' queue, participants, speaking-time chart, menus."""
