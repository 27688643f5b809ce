package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoint;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoints;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed checkpoints of the audit chain (签名检查点), for the audit administrator: the list with each checkpoint's
 * file and the public key to download, a checkpoint signed on request, and a verification of the chain together with
 * the checkpoint files the auditor kept.
 */
@Controller
@RequestMapping("/audit/checkpoints")
class AuditCheckpointController {

    static final int SHOWN = 100;
    static final int MAX_FILES = 50;
    /** A checkpoint file is about 400 bytes. */
    static final long MAX_FILE_BYTES = 8 * 1024;

    private final AuditCheckpoints checkpoints;
    private final AuditChainVerifier verifier;
    private final AuditTrail trail;
    private final AuditEntryPresenter presenter;

    AuditCheckpointController(AuditCheckpoints checkpoints, AuditChainVerifier verifier, AuditTrail trail,
                              AuditEntryPresenter presenter) {
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.trail = trail;
        this.presenter = presenter;
    }

    @GetMapping
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public String list(Model model) {
        Object verification = model.getAttribute("verification");
        if (verification instanceof AuditChainVerification result) {
            model.addAttribute("verificationView", presenter.view(result));
        }
        model.addAttribute("checkpoints", checkpoints.newestFirst(SHOWN));
        model.addAttribute("publicKeyId", checkpoints.publicKeyId());
        return "audit/checkpoints";
    }

    @PostMapping("/sign")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public String sign(RedirectAttributes redirect) {
        checkpoints.signNow().ifPresentOrElse(
                c -> redirect.addFlashAttribute("signedMessage",
                        presenter.message("audit.checkpoints.signed", c.period(), String.valueOf(c.headSeq()))),
                () -> redirect.addFlashAttribute("signedMessage", presenter.message("audit.checkpoints.empty")));
        return "redirect:/audit/checkpoints";
    }

    @GetMapping("/{id}/file")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public ResponseEntity<byte[]> file(@PathVariable long id) {
        AuditCheckpoint checkpoint = checkpoints.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(checkpoint.fileName(), checkpoint.fileText());
    }

    @GetMapping("/public-key.pem")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public ResponseEntity<byte[]> publicKey() {
        return download("audit-signing-public-key.pem", checkpoints.publicKeyPem());
    }

    /** Verifies the chain, the stored checkpoints and the uploaded files; recorded as {@code audit.chain-verified}. */
    @PostMapping("/verify")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public String verify(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        List<String> texts = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                if (file.getSize() > MAX_FILE_BYTES) {
                    return refused(model, response, "audit.checkpoints.verify.notACheckpoint");
                }
                texts.add(new String(file.getBytes(), StandardCharsets.UTF_8));
            }
        }
        if (texts.size() > MAX_FILES) {
            return refused(model, response, "audit.checkpoints.verify.tooMany");
        }
        AuditChainVerification result;
        try {
            result = verifier.verifyWith(texts);
        } catch (IllegalArgumentException e) {
            return refused(model, response, "audit.checkpoints.verify.notACheckpoint");
        }
        AuditRecord.Builder entry = AuditRecord.of("audit.chain-verified")
                .target("audit-chain", result.headSeq())
                .outcome(result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .detail("intact", result.intact())
                .detail("fromSeq", result.fromSeq())
                .detail("checkedEntries", result.checkedEntries())
                .detail("checkpointsChecked", result.checkpointsChecked())
                .detail("uploadedCheckpoints", texts.size())
                .detail("headSeq", result.headSeq())
                .detail("headHash", result.headHash());
        if (!result.intact()) {
            entry.detail("firstBrokenSeq", result.firstBrokenSeq()).detail("problem", result.problem().name());
            if (result.brokenCheckpoint() != null) {
                entry.detail("checkpoint", result.brokenCheckpoint());
            }
        }
        trail.record(entry.build());
        redirect.addFlashAttribute("verification", result);
        return "redirect:/audit/checkpoints";
    }

    private String refused(Model model, HttpServletResponse response, String code) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("filesError", presenter.message(code));
        return list(model);
    }

    private static ResponseEntity<byte[]> download(String name, String text) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
