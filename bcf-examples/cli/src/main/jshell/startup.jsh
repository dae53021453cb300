// openbcf startup for JShell: the imports an analyst needs, nothing else.
//   jshell --class-path bcf-examples/target/bcf.jar --startup DEFAULT --startup bcf-examples/cli/src/main/jshell/startup.jsh
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.*;
import javax.money.MonetaryAmount;
import org.openbcf.core.money.*;
import org.openbcf.core.time.*;
import org.openbcf.core.finding.*;
import org.openbcf.core.fund.*;
import org.openbcf.core.ledger.*;
import org.openbcf.core.p4p.*;
import org.openbcf.core.risk.*;
import org.openbcf.metrics.stats.*;
import org.openbcf.metrics.target.*;
import org.openbcf.metrics.profile.*;
import org.openbcf.metrics.catalogue.*;
import org.openbcf.examples.check.*;
import org.openbcf.examples.demo.NorfolkData;
