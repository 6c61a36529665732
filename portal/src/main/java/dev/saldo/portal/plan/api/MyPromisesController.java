package dev.saldo.portal.plan.api;

import java.math.BigDecimal;
import java.util.List;

import dev.saldo.domain.plan.api.PromiseRequest;
import dev.saldo.domain.plan.api.PromiseView;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.plan.PromiseDesk;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in debtor's promises to pay. */
@RestController
@RequestMapping("/api/v1/me/promises")
class MyPromisesController {

    private final PromiseDesk desk;
    private final CurrentUser user;

    MyPromisesController(PromiseDesk desk, CurrentUser user) {
        this.desk = desk;
        this.user = user;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PromiseView promise(@RequestBody PromiseRequest request) {
        var amount = request.amount() == null ? null : new BigDecimal(request.amount().strip());
        return ApiShapes.promise(desk.promise(user.requireDebtor(), amount, request.date()));
    }

    @GetMapping
    List<PromiseView> promises() {
        return desk.promises(user.requireDebtor()).stream().map(ApiShapes::promise).toList();
    }
}
