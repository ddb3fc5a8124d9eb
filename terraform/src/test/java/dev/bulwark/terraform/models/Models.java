package dev.bulwark.terraform.models;

import dev.bulwark.core.model.CloudModel;
import dev.bulwark.terraform.TerraformProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The models of a one-file Terraform configuration, for tests. */
final class Models {
  private Models() {}

  static List<CloudModel> of(Path folder, String text) throws IOException {
    return new TerraformProject(folder).file("main.tf", text).analyze().models();
  }

  /** The model of type {@code type} of the resource at {@code address}. */
  static <T> T model(List<CloudModel> models, Class<T> type, String address) {
    return models.stream().filter(type::isInstance).map(type::cast)
        .filter(model -> ((CloudModel) model).resource().address().equals(address)).findFirst().orElseThrow();
  }
}
