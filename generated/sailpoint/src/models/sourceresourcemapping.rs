//! `Sourceresourcemapping`, from `apis/sources/schemas/sourceresourcemapping.yaml`.

use crate::models::SourceresourcemappingValue;

/// Aggregation metadata for a resource on a source, keyed by resource id. Each value includes the linked dataset id, resource type, and connector object type. Resources without a matching schema are omitted.
pub type Sourceresourcemapping = std::collections::BTreeMap<
    String,
    SourceresourcemappingValue,
>;
