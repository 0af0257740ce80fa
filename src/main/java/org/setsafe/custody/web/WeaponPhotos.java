package org.setsafe.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.UUID;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.Photo;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A weapon's photo on its record, for telling two revolvers of one model apart on the cart: the armorer adds
 * one from the phone (every photo is kept, the newest shown), and anyone on the production sees it.
 */
final class WeaponPhotos {

  private WeaponPhotos() {}

  /** The uploaded bytes, or null when nothing was chosen (the service says so, after checking who asks). */
  static byte[] bytes(MultipartFile photo) {
    if (photo == null || photo.isEmpty()) {
      return null;
    }
    try {
      return photo.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException("photo", "Readable", "the photo could not be read; take it again")
          .saying("input.custody.photo.unreadable");
    }
  }

  static ResponseEntity<byte[]> image(Photo photo) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(photo.bytes());
  }

  @RestController
  @RequestMapping("/api/productions/{productionId}/custody/weapons/{weaponId}/photo")
  static class Api {

    private final Armory armory;

    Api(Armory armory) {
      this.armory = armory;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a photo of the weapon (armorer, property master): a JPEG, PNG, WebP or HEIC image "
        + "in the multipart field 'photo'; every photo is kept and the newest is shown")
    void add(@PathVariable UUID productionId, @PathVariable UUID weaponId, @RequestParam(name = "photo", required = false) MultipartFile photo) {
      armory.addPhoto(productionId, weaponId, bytes(photo));
    }

    @GetMapping
    @Operation(summary = "The weapon's newest photo")
    ResponseEntity<byte[]> newest(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
      return image(armory.photo(productionId, weaponId));
    }
  }

  @Controller
  @RequestMapping("/productions/{productionId}/custody/weapons/{weaponId}/photo")
  static class Pages {

    private final Armory armory;

    Pages(Armory armory) {
      this.armory = armory;
    }

    @GetMapping
    ResponseEntity<byte[]> newest(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
      return image(armory.photo(productionId, weaponId));
    }

    @PostMapping
    String add(@PathVariable UUID productionId, @PathVariable UUID weaponId,
        @RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes redirect) {
      try {
        armory.addPhoto(productionId, weaponId, bytes(photo));
        redirect.addFlashAttribute("notice", CustodyWords.say("custody.notice.photo"));
      } catch (RuleRefusedException e) {
        redirect.addFlashAttribute("refusal", CustodyView.refused(e));
      } catch (InvalidInputException e) {
        redirect.addFlashAttribute("problem", e.forReader());
      }
      return "redirect:/productions/" + productionId + "/custody/weapons/" + weaponId;
    }
  }
}
