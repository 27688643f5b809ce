package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.monitoring.MonitoringFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** {@link MonitoringFigures} as one SQL aggregate over the reports under 限期整改 (ordered or rectified, not concluded). */
@Service
class FiguresService implements MonitoringFigures {

    private final MonitoringRepository repository;

    FiguresService(MonitoringRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, Long> inRectificationByYear(String divisionCode) {
        return repository.inRectificationByYear(divisionCode);
    }
}
