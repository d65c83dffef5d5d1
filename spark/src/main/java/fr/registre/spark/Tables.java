package fr.registre.spark;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Rows of Java records as Spark tables: one column per record component, named and typed after it. */
final class Tables {

    private static final Map<Class<?>, DataType> TYPES = Map.of(String.class, DataTypes.StringType,
            int.class, DataTypes.IntegerType, Integer.class, DataTypes.IntegerType, long.class, DataTypes.LongType,
            Double.class, DataTypes.DoubleType, boolean.class, DataTypes.BooleanType);

    private Tables() {
    }

    /** The schema of a record type: snake_case columns, nullable unless primitive. */
    static StructType schema(Class<? extends Record> type) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            DataType t = TYPES.get(c.getType());
            if (t == null) {
                throw new IllegalArgumentException("no column type for " + c.getType());
            }
            fields.add(DataTypes.createStructField(snake(c.getName()), t, !c.getType().isPrimitive()));
        }
        return DataTypes.createStructType(fields);
    }

    /** A table of records. */
    static <T extends Record> Dataset<Row> of(SparkSession spark, JavaRDD<T> records, Class<T> type) {
        JavaRDD<Row> rows = records.map(r -> {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(r);
            }
            return RowFactory.create(values);
        });
        return spark.createDataFrame(rows, schema(type));
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
