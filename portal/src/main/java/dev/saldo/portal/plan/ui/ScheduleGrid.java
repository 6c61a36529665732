package dev.saldo.portal.plan.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.saldo.domain.plan.PlanProgress;
import dev.saldo.portal.ui.Formats;

/** A plan's payments: the down payment, then each installment, its date, amount and whether it is paid. */
class ScheduleGrid extends Grid<PlanProgress.Line> {

    ScheduleGrid(String id, boolean showState) {
        setId(id);
        var locale = getLocale();
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(line -> line.installment().isDownPayment() ? getTranslation("plan.schedule.down-payment")
                : String.valueOf(line.installment().number())).setHeader(getTranslation("plan.schedule.number"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> Formats.date(line.installment().dueDate(), locale)).setHeader(getTranslation("plan.schedule.due"))
                .setAutoWidth(true);
        addColumn(line -> Formats.money(line.installment().amount(), locale))
                .setHeader(getTranslation("plan.schedule.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (showState) {
            addColumn(line -> getTranslation(line.isPaid() ? "plan.schedule.paid" : "plan.schedule.open"))
                    .setHeader(getTranslation("plan.schedule.state")).setAutoWidth(true);
        }
    }

    void show(PlanProgress progress) {
        setItems(progress.lines());
    }
}
