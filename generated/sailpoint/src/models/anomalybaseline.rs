//! `Anomalybaseline`, from `apis/machine-identities/schemas/anomalybaseline.yaml`.

/// Peer-group baseline for time-series anomaly detections (SIEM source only). Contains the windowed data points and deviation thresholds used to render the anomaly chart.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Anomalybaseline {
    /// Name of the feature the baseline describes.
    #[serde(rename = "uiFeatureName", skip_serializing_if = "Option::is_none")]
    pub ui_feature_name: Option<String>,
    /// Number of data points in the window.
    #[serde(rename = "windowSize", skip_serializing_if = "Option::is_none")]
    pub window_size: Option<i32>,
    /// Observed values across the window.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<i32>>,
    /// Raw observed values across the window.
    #[serde(rename = "rawValue", skip_serializing_if = "Option::is_none")]
    pub raw_value: Option<Vec<String>>,
    /// Upper deviation threshold per data point.
    #[serde(rename = "upperBound", skip_serializing_if = "Option::is_none")]
    pub upper_bound: Option<Vec<f64>>,
    /// Lower deviation threshold per data point.
    #[serde(rename = "lowerBound", skip_serializing_if = "Option::is_none")]
    pub lower_bound: Option<Vec<f64>>,
    /// Minimum value in the window.
    #[serde(rename = "minimumValue", skip_serializing_if = "Option::is_none")]
    pub minimum_value: Option<i32>,
    /// False-positive-rate threshold value.
    #[serde(rename = "fprValue", skip_serializing_if = "Option::is_none")]
    pub fpr_value: Option<f64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Anomalybaseline {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Anomalybaseline {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Anomalybaseline {
    const NAME: &'static str = "Anomalybaseline";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "uiFeatureName" => {
                self.ui_feature_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "windowSize" => self.window_size = map.next_value()?,
            "values" => self.values = map.next_value()?,
            "rawValue" => self.raw_value = map.next_value()?,
            "upperBound" => self.upper_bound = map.next_value()?,
            "lowerBound" => self.lower_bound = map.next_value()?,
            "minimumValue" => self.minimum_value = map.next_value()?,
            "fprValue" => self.fpr_value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
