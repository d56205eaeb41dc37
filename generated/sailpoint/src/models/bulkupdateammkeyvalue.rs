//! `Bulkupdateammkeyvalue`, from `apis/access-model-metadata/schemas/bulkupdateammkeyvalue.yaml`.

use crate::models::BulkupdateammkeyvalueInner;

/// The metadata to be updated, including attribute and values.
pub type Bulkupdateammkeyvalue = Vec<BulkupdateammkeyvalueInner>;
