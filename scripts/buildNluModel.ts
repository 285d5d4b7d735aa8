/**
 * `npm run build` trains the intent classifier from every locale's train.json and writes dist/nlu-model.json, so
 * start-up loads it (under a second) instead of training (20 to 30 seconds with eight languages). Start-up still trains
 * when the model is missing or was built from other data. `--if-stale` (what `npm test` runs first) trains only when
 * the saved model was built from other data, so the test processes never train it, each on its own, at once.
 */
import { defaultModelFile, loadIntentClassifier, readTrainingData, saveModel, trainingFingerprint } from '../conversation/nluTraining';
import { IntentClassifier } from '../conversation/intentClassifier';

async function main(): Promise<void> {
    const started = Date.now();
    const file = defaultModelFile();
    if (process.argv.includes('--if-stale')) {
        // Loads the saved model when it is current; otherwise trains and saves it.
        await loadIntentClassifier({ modelFile: file });
        console.log(`intent classifier ready in ${Date.now() - started} ms -> ${file}`);
        return;
    }
    const data = readTrainingData();
    const classifier = await IntentClassifier.train(data, trainingFingerprint());
    saveModel(classifier, file);
    console.log(`intent classifier: ${[...data.keys()].join(', ')} trained in ${Date.now() - started} ms -> ${file}`);
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
