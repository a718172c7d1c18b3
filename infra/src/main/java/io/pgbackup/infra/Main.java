package io.pgbackup.infra;

import com.hashicorp.cdktf.App;
import io.pgbackup.infra.settings.Environments;

/**
 * The cdktf app ({@code cdktf.json}: {@code "app": "infra/tools/run-app.sh"}): one stack per
 * environment, written by {@code cdktf synth} to {@code cdktf.out/stacks/<env>/cdk.tf.json}. The
 * committed, reviewed JSON is written by {@link SynthesizedJson} from the same stacks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        App app = new App();
        Environments.all().forEach(settings -> new BackupInfraStack(app, settings));
        app.synth();
    }
}
