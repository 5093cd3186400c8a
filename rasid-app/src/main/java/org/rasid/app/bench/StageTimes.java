package org.rasid.app.bench;

import java.util.Map;

/**
 * Seconds per round of each text-layer stage.
 *
 * @param wall wall-clock seconds
 * @param cpu CPU seconds of the measuring thread
 */
public record StageTimes(Map<TextStages.Stage, RoundStats> wall, Map<TextStages.Stage, RoundStats> cpu) {

  public StageTimes {
    wall = Map.copyOf(wall);
    cpu = Map.copyOf(cpu);
  }
}
